// What changed between two published states, by name, from the structured facts (not a text diff).
import type { PrivacyFacts } from '../documents/facts';
import { transfersOutsideEea } from '../documents/facts';

/** The facts a version remembers, each entry reduced to what a reader of the documents sees. */
export interface FactsSnapshot {
  purposes: Record<string, string>;
  recipients: Record<string, string>;
  recipientCategories: string[];
  transfers: Record<string, string>;
  retention: Record<string, string>;
  cookies: Record<string, string>;
}

export interface ListChange {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ChangeSummary {
  first: boolean;
  purposes: ListChange;
  recipients: ListChange;
  transfers: ListChange;
  retention: ListChange;
  cookies: ListChange;
  /** A new purpose, a new recipient category or a new transfer outside the EU: a site should ask for consent again. */
  material: boolean;
  materialReasons: string[];
}

const keyed = <T>(items: T[], name: (item: T) => string, value: (item: T) => unknown): Record<string, string> =>
  Object.fromEntries(items.map((item) => [name(item), JSON.stringify(value(item))]));

export const snapshotOf = (facts: PrivacyFacts): FactsSnapshot => {
  const { purposes, recipients, retentionRules, cookies } = facts;
  return {
    purposes: keyed(
      purposes,
      (p) => p.name,
      // Without the v2 fields (channels, dataSubjectCategories, minors, sensitiveDataCondition, criminalData) when empty, as in the snapshots stored before they existed: no
      // change reported on upgrade.
      ({
        recipients: r,
        retention: k,
        documentId,
        channels,
        dataSubjectCategories,
        minors,
        sensitiveDataCondition,
        criminalData,
        ...rest
      }) => ({
        ...rest,
        ...(channels.length ? { channels } : {}),
        ...(dataSubjectCategories.length ? { dataSubjectCategories } : {}),
        ...(minors !== null && minors !== 'none' ? { minors } : {}),
        ...(sensitiveDataCondition !== null ? { sensitiveDataCondition } : {}),
        ...(criminalData ? { criminalData } : {}),
        recipients: r.map((x) => x.name).sort(),
        retention: k?.label ?? null,
      })
    ),
    recipients: keyed(
      recipients,
      (r) => r.name,
      // Without otherCountries and the joint-control fields when empty, as in the snapshots stored before they existed:
      // no change reported on upgrade.
      ({ documentId, otherCountries, jointArrangement, jointContactPoint, ...rest }) => ({
        ...rest,
        ...(otherCountries.length ? { otherCountries } : {}),
        ...(jointArrangement !== null ? { jointArrangement } : {}),
        ...(jointContactPoint !== null ? { jointContactPoint } : {}),
      })
    ),
    recipientCategories: [...new Set(recipients.map((r) => r.category))].sort(),
    transfers: keyed(
      recipients.filter(transfersOutsideEea),
      (r) => r.name,
      (r) => [r.country, r.transferSafeguard, r.safeguardDetails, ...(r.otherCountries.length ? [r.otherCountries] : [])]
    ),
    retention: keyed(
      retentionRules,
      (r) => r.label,
      // Likewise without a benchmark when none is named.
      ({ documentId, benchmark, ...rest }) => (benchmark ? { ...rest, benchmark } : rest)
    ),
    cookies: keyed(
      cookies,
      (c) => c.name,
      // The tracker fields of v2 only when filled in, as in the snapshots stored before they existed: no change reported on upgrade.
      ({ documentId, namePattern, recipient, storage, extendedOnEachVisit, statisticsRetentionMonths, ...rest }) => ({
        ...rest,
        ...(namePattern !== null ? { namePattern } : {}),
        ...(recipient !== null ? { recipient: recipients.find((r) => r.documentId === recipient)?.name ?? recipient } : {}),
        ...(storage !== null && storage !== 'cookie' ? { storage } : {}),
        ...(extendedOnEachVisit ? { extendedOnEachVisit } : {}),
        ...(statisticsRetentionMonths !== null ? { statisticsRetentionMonths } : {}),
      })
    ),
  };
};

const compare = (before: Record<string, string>, after: Record<string, string>): ListChange => ({
  added: Object.keys(after)
    .filter((name) => !(name in before))
    .sort(),
  removed: Object.keys(before)
    .filter((name) => !(name in after))
    .sort(),
  changed: Object.keys(after)
    .filter((name) => name in before && before[name] !== after[name])
    .sort(),
});

export const summarize = (before: FactsSnapshot | null, after: FactsSnapshot): ChangeSummary => {
  const previous: FactsSnapshot = before ?? {
    purposes: {},
    recipients: {},
    recipientCategories: [],
    transfers: {},
    retention: {},
    cookies: {},
  };
  const summary = {
    purposes: compare(previous.purposes, after.purposes),
    recipients: compare(previous.recipients, after.recipients),
    transfers: compare(previous.transfers, after.transfers),
    retention: compare(previous.retention, after.retention),
    cookies: compare(previous.cookies, after.cookies),
  };
  const newCategories = after.recipientCategories.filter((c) => !previous.recipientCategories.includes(c));
  const materialReasons = before
    ? [
        ...summary.purposes.added.map((name) => `new purpose: ${name}`),
        ...newCategories.map((category) => `new recipient category: ${category}`),
        ...summary.transfers.added.map((name) => `new transfer outside the EU: ${name}`),
      ]
    : [];
  return { first: before === null, ...summary, material: materialReasons.length > 0, materialReasons };
};
