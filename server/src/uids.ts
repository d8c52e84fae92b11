// The plugin's content-type uids in one place, so no file spells them by hand.
export const UID = {
  organization: 'plugin::privacy.organization',
  dpo: 'plugin::privacy.dpo',
  purpose: 'plugin::privacy.purpose',
  recipient: 'plugin::privacy.recipient',
  retentionRule: 'plugin::privacy.retention-rule',
  cookie: 'plugin::privacy.cookie',
  policyVersion: 'plugin::privacy.policy-version',
} as const;

export type PrivacyUid = (typeof UID)[keyof typeof UID];

/** The types editors fill in; a change to a published one can change the public documents. */
export const EDITABLE_UIDS: readonly string[] = [UID.organization, UID.dpo, UID.purpose, UID.recipient, UID.retentionRule, UID.cookie];
