// The consent copy kit as data: form notices and the four e-mails in one e-mail tool's merge-tag syntax, each with its proof.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { emailText } from '../consent/email-text';
import { buildEmail, EMAIL_KINDS, type EmailKind } from '../consent/emails';
import type { Esp } from '../consent/esp';
import { buildFormNotices } from '../consent/form-notices';
import type { PrivacyFacts } from '../documents/facts';
import type { Translate } from '../documents/translator';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';
import type { Proof } from './policies';

const sha256 = (value: string): string => `sha256:${crypto.createHash('sha256').update(value).digest('hex')}`;

/** Refuses an unknown e-mail kind before anything is read, naming the kinds there are. */
export const assertEmailKind = (kind: string): EmailKind => {
  if (!(EMAIL_KINDS as readonly string[]).includes(kind)) {
    throw new errors.NotFoundError(`e-mail kind '${kind.slice(0, 50)}' does not exist: kinds are ${EMAIL_KINDS.join(', ')}`);
  }
  return kind as EmailKind;
};

const createConsentCopyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');
  const resolution = () => getService(strapi, 'resolution');
  const policies = () => getService(strapi, 'policies');

  /**
   * With no policyUrl of its own, an organization's notices and e-mails link to its hosted page (format=page),
   * when Strapi knows its public address (server.url): a link in an e-mail must be absolute. An organization
   * that sets policyUrl keeps it, and without server.url nothing changes.
   */
  const linkingHostedPage = (facts: PrivacyFacts): PrivacyFacts => {
    const publicUrl = String(strapi.config.get('server.url', '') ?? '').replace(/\/+$/, '');
    if (facts.organization.policyUrl || !/^https?:\/\/[^/]/i.test(publicUrl)) return facts;
    const prefix = String(strapi.config.get('api.rest.prefix', '/api') ?? '/api').replace(/\/+$/, '');
    const search = new URLSearchParams({ organization: facts.organization.slug, locale: facts.locale, format: 'page' });
    return { ...facts, organization: { ...facts.organization, policyUrl: `${publicUrl}${prefix}/privacy/policy?${search.toString()}` } };
  };

  const email = (t: Translate, facts: PrivacyFacts, kind: EmailKind, esp: Esp, proof: Proof) => {
    const model = buildEmail(t, facts, kind, esp);
    const html = engine().renderer.emailHtml(model);
    const text = emailText(t, model);
    return {
      kind,
      subject: model.subject,
      preheader: model.preheader,
      html,
      text,
      placeholders: model.placeholders,
      proof: { ...proof, copyHash: sha256(JSON.stringify([model.subject, model.preheader, html, text])) },
    };
  };

  return {
    /** The whole kit for the published facts the query names. */
    async kit(query: DocumentQuery<'json'>) {
      const facts = await resolution().factsFor(query, 'published');
      const t = engine().translator.forLocale(facts.locale);
      const esp = query.options.esp as Esp;
      const proof = await policies().proofOf(t, facts);
      const notices = buildFormNotices(t, linkingHostedPage(facts)).map((notice) => {
        const copyHash = sha256(JSON.stringify(notice));
        const withProof = { ...notice, proof: { ...proof, copyHash } };
        return { ...withProof, html: engine().renderer.formNoticeHtml(withProof) };
      });
      const emails = EMAIL_KINDS.map((kind) => email(t, linkingHostedPage(facts), kind, esp, proof));
      return { organization: facts.organization.slug, locale: facts.locale, esp, proof, notices, emails };
    },

    /** One e-mail of the kit. */
    async email(kind: EmailKind, query: DocumentQuery<string>) {
      const facts = await resolution().factsFor(query, 'published');
      const t = engine().translator.forLocale(facts.locale);
      const proof = await policies().proofOf(t, facts);
      const linked = linkingHostedPage(facts);
      return { organization: facts.organization.slug, locale: facts.locale, ...email(t, linked, kind, query.options.esp as Esp, proof) };
    },
  };
};

export type ConsentCopyService = ReturnType<typeof createConsentCopyService>;
export default createConsentCopyService;
