// The plugin's content-type uids in one place, so no file spells them by hand.
export const UID = {
  organization: 'plugin::privacy.organization',
  dpo: 'plugin::privacy.dpo',
  purpose: 'plugin::privacy.purpose',
  recipient: 'plugin::privacy.recipient',
  retentionRule: 'plugin::privacy.retention-rule',
  cookie: 'plugin::privacy.cookie',
  policyVersion: 'plugin::privacy.policy-version',
  rightsRequest: 'plugin::privacy.rights-request',
  breach: 'plugin::privacy.breach',
} as const;

export type PrivacyUid = (typeof UID)[keyof typeof UID];

/** The types editors fill in; a change to a published one can change the public documents. */
export const EDITABLE_UIDS: readonly string[] = [UID.organization, UID.dpo, UID.purpose, UID.recipient, UID.retentionRule, UID.cookie];

/** The internal registers (Art. 12 and 33(5)): never public, written only through the plugin's admin routes. */
export const REGISTER_UIDS: readonly string[] = [UID.rightsRequest, UID.breach];
