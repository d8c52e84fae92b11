// The reference frameworks a retention rule may name (`retention-rule.benchmark`), each with its bounds and source, for the report.
import type { EnumOf } from '../documents/enums';
import type { RetentionFacts } from '../documents/facts';

export type Benchmark = EnumOf<'retention-rule', 'benchmark'>;

export interface BenchmarkSpec {
  /** The longest period the framework accepts, in months; null when it is not a fixed period (a contract, a processing). */
  maxMonths: number | null;
  /** The shortest period it expects, in months (an objection must be remembered), or null. */
  minMonths: number | null;
  /** Where the period starts, as the framework counts it (English, for docs/completeness-rules.md). */
  startsFrom: string;
  /** Where the period comes from. */
  source: string;
}

/** docs/completeness-rules.md (Retention benchmarks) lists this table; change both together. */
export const RETENTION_BENCHMARKS: Record<Benchmark, BenchmarkSpec> = {
  'cnil-prospects': {
    maxMonths: 36,
    minMonths: null,
    startsFrom: 'the last contact from the prospect (a click, a reply, a request; opening an e-mail does not count)',
    source: 'CNIL reference framework on the management of commercial activities (clients and prospects)',
  },
  'cnil-customers': {
    maxMonths: null,
    minMonths: null,
    startsFrom: 'the end of the commercial relationship; then intermediate archiving for the limitation periods',
    source: 'CNIL reference framework on the management of commercial activities; Code civil art. 2224, Code de commerce L110-4',
  },
  accounting: {
    maxMonths: 120,
    minMonths: null,
    startsFrom: 'the end of the financial year',
    source: 'Code de commerce L123-22',
  },
  'cnil-candidates': {
    maxMonths: 24,
    minMonths: null,
    startsFrom: 'the last contact with the candidate not hired (unless the candidate asks for deletion sooner)',
    source: 'CNIL reference framework on personnel management (recruitment), CNIL recruitment guide',
  },
  'connection-logs': {
    maxMonths: 12,
    minMonths: 6,
    startsFrom: 'the recording of the log entry',
    source: 'CNIL recommendation on logging (October 2021)',
  },
  'consent-proof': {
    maxMonths: null,
    minMonths: null,
    startsFrom: 'the end of the processing the consent was given for; then the limitation period',
    source: 'GDPR Art. 7(1); CNIL reference framework on the management of commercial activities',
  },
  'suppression-list': {
    maxMonths: null,
    minMonths: 36,
    startsFrom: 'the objection',
    source: 'CNIL reference framework on the management of commercial activities (data needed to honour an objection)',
  },
};

const MONTHS_PER_DAY = 12 / 365.25;

/** A fixed duration in months (days counted as 365.25 / 12 a month); null for a rule given by criteria. */
export const durationMonths = (rule: Pick<RetentionFacts, 'durationValue' | 'durationUnit'>): number | null => {
  if (rule.durationValue === null || rule.durationUnit === null) return null;
  if (rule.durationUnit === 'years') return rule.durationValue * 12;
  if (rule.durationUnit === 'months') return rule.durationValue;
  return rule.durationValue * MONTHS_PER_DAY;
};
