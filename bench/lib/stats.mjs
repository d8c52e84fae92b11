// Small statistics for the benchmark: median, percentiles of raw samples, rounding for the report.

/** The median of a list of numbers (the mean of the middle two for an even count). */
export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The p-th percentile (0–100) of an already sorted typed array, nearest-rank. */
export const percentile = (sorted, p) => {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
};

/** Relative spread of repeated measures, (max − min) / median: how far to trust a median. */
export const spread = (values) => {
  const middle = median(values);
  return middle ? (Math.max(...values) - Math.min(...values)) / middle : NaN;
};

export const round = (value, digits = 1) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
