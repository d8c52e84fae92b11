// The generated documents as data: as published now, a frozen version, or built from drafts; and the proof the consent copy carries.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { purposesFor, type DataSubjectCategory } from '../documents/data-subjects';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentFormat } from '../documents/formats';
import type { DocumentKind } from '../documents/model';
import { documentContent, renderDocumentBodies, type RenderedBodies } from '../documents/render-document';
import type { Translate } from '../documents/translator';
import { getService } from '../utils/get-service';
import { invalidParameter, type DocumentQuery } from '../validation/query-parameters';
import type { VersionHead } from './versions';

/** A document's bodies as stored in a version, or rendered now when no version holds this content. */
export type PublishedBodies = Omit<RenderedBodies, 'json'>;

/** The policy a piece of consent copy was generated with, so whoever records a consent can store which one the person saw. */
export interface Proof {
  policyVersion: number | null;
  policyHash: string;
}

const bodyIn = (bodies: PublishedBodies['bodies'], format: DocumentFormat): string => {
  const body = bodies[format];
  if (body === undefined) throw invalidParameter('format', `format '${format}' is not available for this document`);
  return body;
};

const createPoliciesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');
  const versions = () => getService(strapi, 'versions');
  const resolution = () => getService(strapi, 'resolution');

  /**
   * The latest version of a document, and whether it holds what the facts make now. The source hash settles that
   * without building the document; when it differs, the document's content is built and its hash decides.
   */
  const latestAgainst = async (t: Translate, kind: DocumentKind, facts: PrivacyFacts) => {
    const head = await versions().latestHead(facts.organization.slug, kind, facts.locale);
    const content = head !== null && head.sourceHash === engine().sourceHash(kind, facts) ? null : documentContent(t, kind, facts);
    const hash = content?.hash ?? (head as VersionHead).hash;
    return { head: head?.hash === hash ? head : null, hash, content };
  };

  /**
   * One format of the document as published: the latest version's frozen bytes when it holds this content (that one
   * format alone is read), otherwise a rendering without a number.
   */
  const currentBody = async (kind: DocumentKind, facts: PrivacyFacts, format: DocumentFormat): Promise<string> => {
    const t = engine().translator.forLocale(facts.locale);
    const { head, content } = await latestAgainst(t, kind, facts);
    const frozen = head ? await versions().bodyOf(head.id, format) : undefined;
    if (frozen !== undefined) return frozen;
    const edition = { version: null, effectiveAt: facts.lastChangedAt };
    return bodyIn(
      renderDocumentBodies(engine().renderer, t, kind, facts, edition, content ?? documentContent(t, kind, facts)).bodies,
      format
    );
  };

  /**
   * The policy for one audience, as published now: only the purposes whose categories include it, rendered live with
   * no version number (versions are the public policy's; docs/api.md). A 404 when no published purpose concerns it.
   */
  const audienceBodies = async (kind: DocumentKind, facts: PrivacyFacts, audience: DataSubjectCategory): Promise<PublishedBodies> => {
    if (purposesFor(facts.purposes, audience).length === 0) {
      throw new errors.NotFoundError(
        `no published purpose of '${facts.organization.slug}' in '${facts.locale}' has the data-subject category '${audience}': add it to the dataSubjectCategories of the purposes that concern these people`
      );
    }
    const view: PrivacyFacts = { ...facts, audience };
    const t = engine().translator.forLocale(facts.locale);
    return renderDocumentBodies(engine().renderer, t, kind, view, { version: null, effectiveAt: facts.lastChangedAt });
  };

  return {
    /** One format of a document as published now, or of the frozen version the query names. */
    async published(kind: DocumentKind, query: DocumentQuery): Promise<string> {
      if (query.version === undefined) {
        const facts = await resolution().factsFor(query, 'published');
        const audience = query.options.audience as DataSubjectCategory | undefined;
        if (!audience) return currentBody(kind, facts, query.format);
        return bodyIn((await audienceBodies(kind, facts, audience)).bodies, query.format);
      }
      const locale = await resolution().resolveLocale(query.locale);
      const slug = await resolution().resolveOrganization(query.organization, 'published');
      const version = await versions().find(slug, kind, locale, query.version);
      if (!version) throw new errors.NotFoundError(`version ${query.version} of the ${kind} of '${slug}' in '${locale}' does not exist`);
      return bodyIn(version.content.bodies, query.format);
    },

    /**
     * The same document built from draft entries, never cached: for the admin preview. Its edition lines are those
     * publishing would give it: the latest version's when the drafts hold its content, otherwise the next number,
     * effective now; so the preview's words and reading time are the published document's.
     */
    async draft(kind: DocumentKind, query: Pick<DocumentQuery, 'organization' | 'locale'>): Promise<RenderedBodies> {
      const facts = await resolution().factsFor(query, 'draft');
      const t = engine().translator.forLocale(facts.locale);
      const content = documentContent(t, kind, facts);
      const head = await versions().latestHead(facts.organization.slug, kind, facts.locale);
      const edition =
        head && head.hash === content.hash
          ? { version: head.number, effectiveAt: head.effectiveAt }
          : { version: (head?.number ?? 0) + 1, effectiveAt: new Date().toISOString() };
      return renderDocumentBodies(engine().renderer, t, kind, facts, edition, content);
    },

    /** The privacy policy's version and hash that consent copy built from these facts refers to. */
    async proofOf(t: Translate, facts: PrivacyFacts): Promise<Proof> {
      const { head, hash } = await latestAgainst(t, 'privacy-policy', facts);
      return { policyVersion: head?.number ?? null, policyHash: hash };
    },
  };
};

export type PoliciesService = ReturnType<typeof createPoliciesService>;
export default createPoliciesService;
