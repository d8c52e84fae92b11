// Which rights a person has over one purpose, from its legal basis, and which purposes are direct marketing (GDPR Art. 7(3), 17(3), 20, 21).
import type { LegalBasis, PurposeFacts } from './facts';

/** In the order the documents list them. */
export const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw'] as const;
export type Right = (typeof RIGHTS)[number];

/**
 * The rights each legal basis opens. Access, rectification and restriction always apply (Art. 15, 16, 18). Erasure
 * does not reach data a legal obligation or a public task requires (Art. 17(3)(b)). Portability is for consent and
 * contract only (Art. 20(1)(a)). The right to object on grounds of one's situation is for legitimate interests and
 * public tasks (Art. 21(1)); consent is withdrawn instead (Art. 7(3)). The absolute objection to direct marketing
 * (Art. 21(2)) is not here: it has its own block (see objectsToMarketing).
 */
const BY_BASIS: Record<LegalBasis, readonly Right[]> = {
  consent: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw'],
  contract: ['access', 'rectification', 'erasure', 'restriction', 'portability'],
  'legal-obligation': ['access', 'rectification', 'restriction'],
  'vital-interests': ['access', 'rectification', 'erasure', 'restriction'],
  'public-task': ['access', 'rectification', 'restriction', 'objection'],
  'legitimate-interests': ['access', 'rectification', 'erasure', 'restriction', 'objection'],
};

export const rightsOf = (purpose: Pick<PurposeFacts, 'legalBasis'>): readonly Right[] => BY_BASIS[purpose.legalBasis];

/** The rights that apply to at least one of these purposes, in document order, each with the purposes it covers. */
export const rightsAcross = (purposes: PurposeFacts[]): Array<{ right: Right; purposes: PurposeFacts[] }> =>
  RIGHTS.map((right) => ({ right, purposes: purposes.filter((p) => rightsOf(p).includes(right)) })).filter(
    (entry) => entry.purposes.length > 0
  );

/**
 * Direct marketing, as far as the model can tell: e-mails on a schedule, a newsletter or marketing-automation form, an
 * audience to prospect (B2B or B2C), or profiling. The data model's v2 adds channels to say it outright.
 */
export const isDirectMarketing = (purpose: PurposeFacts): boolean =>
  purpose.audience !== null ||
  purpose.emailFrequency !== null ||
  purpose.consentForm === 'newsletter' ||
  purpose.consentForm === 'marketing-automation' ||
  purpose.profiling;

/**
 * Marketing on legitimate interests: the person may object at any time, without a reason, and must be told so
 * clearly and apart from any other information, at the latest at the first communication (Art. 21(2)-(4)).
 * Marketing on consent is stopped by withdrawing it.
 */
export const objectsToMarketing = (purpose: PurposeFacts): boolean =>
  purpose.legalBasis === 'legitimate-interests' && isDirectMarketing(purpose);
