// The four consent e-mails as models: subject, preheader, paragraphs, one call to action, and the sender's footer.
import { accentFor, type Accent } from '../documents/email-brand';
import type { PrivacyFacts, PurposeFacts } from '../documents/facts';
import { lines, rightsContact } from '../documents/facts';
import { present } from '../documents/model';
import { continuing, list, retentionPhrase, sentence } from '../documents/phrases';
import type { Translate } from '../documents/translator';
import { lowerFirstCommonWord, lowerFirstInList } from '../documents/typography';
import { safeUrl } from '../documents/urls';
import { greetingFor, placeholderFor, type Esp, type Placeholder, type PlaceholderName } from './esp';
import { senderName } from './form-notices';
import { mergeInertFacts } from './merge-inert';

export const EMAIL_KINDS = ['double-opt-in', 're-permission', 'b2b-information', 'unsubscribe-confirmation'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface EmailModel {
  kind: EmailKind;
  locale: string;
  subject: string;
  preheader: string;
  /** The organization's logo at the top of the HTML part (emailLogoUrl), its alt text the sender's name; null when unset. */
  logo: { url: string; alt: string } | null;
  /** The organization's colour for the button and links (brandColor); null when unset: the template's own blue. */
  accent: Accent | null;
  greeting: string;
  paragraphs: string[];
  /** The right to object to marketing, set apart from the paragraphs (GDPR Art. 21(4)); null when no such purpose. */
  objection: string | null;
  /** The one link the e-mail asks the reader to click; its address is a merge tag. */
  action: { label: string; url: string } | null;
  footer: {
    sender: string;
    policyUrl: string | null;
    policyLine: string | null;
    contactLine: string;
    /** Present unless the e-mail confirms an unsubscription or its action already is the unsubscribe link. */
    unsubscribe: { label: string; url: string; textLine: string } | null;
  };
  placeholders: Placeholder[];
}

/** Purposes whose e-mails a person subscribes to: the newsletter and marketing automation, on consent. */
const emailProgrammes = (facts: PrivacyFacts): PurposeFacts[] =>
  facts.purposes.filter((p) => p.legalBasis === 'consent' && (p.consentForm === 'newsletter' || p.consentForm === 'marketing-automation'));

const programmeName = (t: Translate, purposes: PurposeFacts[]): string =>
  purposes.length ? purposes.map((p) => p.name).join(t('consent.email.and')) : t('consent.email.programmeFallback');

const b2bPurpose = (facts: PrivacyFacts): PurposeFacts | undefined =>
  facts.purposes.find((p) => p.legalBasis === 'legitimate-interests' && p.audience === 'b2b') ??
  facts.purposes.find((p) => p.legalBasis === 'legitimate-interests');

const body = (
  t: Translate,
  facts: PrivacyFacts,
  kind: EmailKind
): { paragraphs: string[]; objection?: string; action: PlaceholderName | null; vars: Record<string, string> } => {
  const sender = senderName(facts);
  const programmes = emailProgrammes(facts);
  const programme = programmeName(t, programmes);
  const vars = { sender, programme };
  const k = (key: string, extra: Record<string, string> = {}) => t(`consent.email.${kind}.${key}`, { ...vars, ...extra });
  switch (kind) {
    case 'double-opt-in':
      return { paragraphs: [k('asked'), k('confirm'), k('ignore')], action: 'confirm_url', vars };
    case 're-permission': {
      const described = programmes.length
        ? programmes
            .map((p) => (p.emailFrequency ? t('consent.email.frequency', { programme: p.name, frequency: p.emailFrequency }) : p.name))
            .join(t('list.semicolon'))
        : programme;
      return { paragraphs: [k('why'), k('what', { programmes: described }), k('ask'), k('promise')], action: 'confirm_url', vars };
    }
    case 'b2b-information': {
      const purpose = b2bPurpose(facts);
      const categories = lines(purpose?.dataCategories);
      return {
        paragraphs: [
          k('why', {
            purpose: purpose ? (purpose.description ? continuing(purpose.description).replace(/\.$/, '') : purpose.name) : sender,
          }),
          purpose?.sourceDetails ? k('source', { source: lowerFirstCommonWord(sentence(purpose.sourceDetails), facts.locale) }) : null,
          categories.length ? k('data', { data: list(t, lowerFirstInList(categories, facts.locale)) }) : null,
          purpose?.retention
            ? k('retention', { retention: lowerFirstCommonWord(retentionPhrase(t, purpose.retention), facts.locale) })
            : null,
          purpose?.legitimateInterest
            ? k('basis', { interest: lowerFirstCommonWord(sentence(purpose.legitimateInterest), facts.locale) })
            : null,
        ].filter(present),
        objection: k('object', { contact: rightsContact(facts) }),
        action: 'unsubscribe_url',
        vars,
      };
    }
    case 'unsubscribe-confirmation': {
      const website = facts.organization.website;
      return {
        paragraphs: [k('done'), k('suppression'), website ? k('backLink', { url: website }) : k('back')],
        action: null,
        vars,
      };
    }
  }
};

/** The logo is loaded by the reader's mail client: an https address only (load-facts already reads anything else as unset). */
const logoUrl = (value: string | null): boolean => /^https:\/\//i.test(safeUrl(value) ?? '');

/** Editors' text goes in merge-inert (see merge-inert.ts): the only merge tags in an e-mail are its placeholders. */
export const buildEmail = (t: Translate, typedFacts: PrivacyFacts, kind: EmailKind, esp: Esp): EmailModel => {
  const facts = mergeInertFacts(typedFacts);
  const org = facts.organization;
  const { paragraphs, objection, action, vars } = body(t, facts, kind);
  const firstName = placeholderFor(esp, 'first_name');
  const used: Placeholder[] = [firstName];
  const actionPlaceholder = action ? placeholderFor(esp, action) : null;
  if (actionPlaceholder) used.push(actionPlaceholder);
  const footerUnsubscribe = kind !== 'unsubscribe-confirmation' && action !== 'unsubscribe_url';
  const unsubscribe = footerUnsubscribe ? placeholderFor(esp, 'unsubscribe_url') : null;
  if (unsubscribe) used.push(unsubscribe);
  return {
    kind,
    locale: facts.locale,
    subject: t(`consent.email.${kind}.subject`, vars),
    preheader: t(`consent.email.${kind}.preheader`, vars),
    logo: logoUrl(org.emailLogoUrl) ? { url: org.emailLogoUrl as string, alt: vars.sender } : null,
    accent: accentFor(org.brandColor),
    greeting: greetingFor(esp, {
      named: (tag) => t('consent.email.greeting', { firstName: tag }),
      unnamed: t('consent.email.greetingNoName'),
      nameLast: (tag) => t('consent.email.greetingNameLast', { firstName: tag }),
    }),
    paragraphs,
    objection: objection ?? null,
    action: actionPlaceholder ? { label: t(`consent.email.${kind}.action`), url: actionPlaceholder.tag } : null,
    footer: {
      sender: t('consent.email.footerSender', { sender: vars.sender, address: org.address.replace(/\s*\n\s*/g, ', ') }),
      policyUrl: org.policyUrl,
      policyLine: org.policyUrl ? t('consent.email.footerPolicy', { url: org.policyUrl }) : null,
      contactLine: t('consent.email.footerContact', { contact: rightsContact(facts) }),
      unsubscribe: unsubscribe
        ? {
            label: t('consent.email.footerUnsubscribe'),
            url: unsubscribe.tag,
            textLine: t('consent.email.footerUnsubscribeText', { url: unsubscribe.tag }),
          }
        : null,
    },
    placeholders: used,
  };
};
