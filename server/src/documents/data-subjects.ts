// The categories of data subjects a purpose concerns (`dataSubjectCategories`), and which purposes a policy for an audience shows.
import type { PrivacyFacts, PurposeFacts } from './facts';

/** The fixed list of categories, in the order the documents name them. */
export const DATA_SUBJECT_CATEGORIES = [
  'customers',
  'prospects',
  'subscribers',
  'website-visitors',
  'employees',
  'candidates',
  'supplier-contacts',
  'client-contacts',
  'children',
  'other',
] as const;

export type DataSubjectCategory = (typeof DATA_SUBJECT_CATEGORIES)[number];

/**
 * People an organization informs through its own channels (staff handbook, job offer, supplier contract), not through
 * the public policy: a purpose about them alone is left out of the default policy and served under its audience.
 */
export const INTERNAL_CATEGORIES: readonly DataSubjectCategory[] = ['employees', 'candidates', 'supplier-contacts'];

const ANY_CATEGORY = DATA_SUBJECT_CATEGORIES.join('|');
/** The stored form: known categories separated by commas. The schema's regex, repeated because drafts skip it (a unit test keeps them equal). */
export const DATA_SUBJECT_CATEGORIES_FORMAT = new RegExp(`^(${ANY_CATEGORY})(, ?(${ANY_CATEGORY}))*$`);

export const isDataSubjectCategory = (value: unknown): value is DataSubjectCategory =>
  typeof value === 'string' && (DATA_SUBJECT_CATEGORIES as readonly string[]).includes(value);

/** "customers, prospects" as its parts, in the order written; blanks dropped. */
export const splitCategories = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The categories as the documents read them: known ones only, once each, in the list's order (whatever the editor's
 * order), so a value written around the save rule loses its bad parts rather than breaking a document.
 */
export const readCategories = (value: string | null | undefined): DataSubjectCategory[] => {
  const written = splitCategories(value).map((part) => part.toLowerCase());
  return DATA_SUBJECT_CATEGORIES.filter((category) => written.includes(category));
};

/** A purpose for the public: one with no category (as before categories existed), or with one that is not internal. */
export const isPublicPurpose = (purpose: Pick<PurposeFacts, 'dataSubjectCategories'>): boolean =>
  purpose.dataSubjectCategories.length === 0 || purpose.dataSubjectCategories.some((category) => !INTERNAL_CATEGORIES.includes(category));

/** The purposes a privacy policy shows: those of the audience when one is named, else those for the public. */
export const purposesFor = <P extends Pick<PurposeFacts, 'dataSubjectCategories'>>(
  purposes: readonly P[],
  audience: DataSubjectCategory | null | undefined
): P[] => purposes.filter((purpose) => (audience ? purpose.dataSubjectCategories.includes(audience) : isPublicPurpose(purpose)));

/**
 * The facts the privacy policy is built from: the purposes of its audience, without the recipients and retention rules
 * that only the purposes left out use (a recipient linked to a tracker stays) (so the public policy's version history does not name them either). The same
 * object when no purpose is left out: the documents stay byte-identical.
 */
export const policyView = (facts: PrivacyFacts): PrivacyFacts => {
  const purposes = purposesFor(facts.purposes, facts.audience);
  if (purposes.length === facts.purposes.length) return facts;
  const leftOut = facts.purposes.filter((purpose) => !purposes.includes(purpose));
  const onlyLeftOut = (idsOf: (purpose: PurposeFacts) => Array<string | undefined>): Set<string> => {
    const kept = new Set(purposes.flatMap(idsOf));
    return new Set(leftOut.flatMap(idsOf).filter((id): id is string => id !== undefined && !kept.has(id)));
  };
  // A recipient a tracker sends data to stays whatever the purposes: the policy discloses it for the tracker.
  const trackers = new Set(facts.cookies.map((cookie) => cookie.recipient));
  const recipients = onlyLeftOut((purpose) =>
    purpose.recipients.map((recipient) => recipient.documentId).filter((id) => !trackers.has(id))
  );
  const rules = onlyLeftOut((purpose) => [purpose.retention?.documentId]);
  return {
    ...facts,
    purposes,
    recipients: facts.recipients.filter((recipient) => !recipients.has(recipient.documentId)),
    retentionRules: facts.retentionRules.filter((rule) => !rules.has(rule.documentId)),
  };
};
