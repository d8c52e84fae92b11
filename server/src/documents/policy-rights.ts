// The privacy policy's rights sections: the rights each purpose's basis opens, the separate marketing objection, the complaint.
import { rightsContact, type PrivacyFacts } from './facts';
import { present, section, type Section } from './model';
import { list } from './phrases';
import { objectsToMarketing, rightsAcross } from './rights';
import type { Translate } from './translator';

const CNIL_COMPLAINT_URL = 'https://www.cnil.fr/fr/plaintes';

/** The supervisory authority: the CNIL for a French controller unless another is named (Art. 13(2)(d), 77). */
export const isCnil = (facts: PrivacyFacts): boolean => {
  const authority = facts.organization.supervisoryAuthority;
  return authority ? /^cnil\b/i.test(authority.trim()) : facts.organization.country === 'FR';
};

export const complaintSentence = (t: Translate, facts: PrivacyFacts): string => {
  const authority = facts.organization.supervisoryAuthority;
  if (isCnil(facts)) return t('privacyPolicy.complaint.cnil', { url: CNIL_COMPLAINT_URL });
  return authority ? t('privacyPolicy.complaint.other', { authority }) : t('privacyPolicy.complaint.generic');
};

/**
 * Each right once, with the purposes it covers when it does not cover them all: portability, objection and
 * withdrawal follow the legal basis (see rights.ts), so a reader sees which purposes each concerns.
 */
export const rightsSection = (t: Translate, facts: PrivacyFacts): Section | null => {
  const all = facts.purposes.length;
  return section('rights', t('privacyPolicy.sections.rights'), {
    items: [
      ...rightsAcross(facts.purposes).map(({ right, purposes }) => {
        const sentence = t(`privacyPolicy.rights.${right}`);
        if (purposes.length === all) return sentence;
        // Whichever is shorter to read: the purposes it covers, or the ones it does not.
        const left = facts.purposes.filter((p) => !purposes.includes(p));
        return left.length < purposes.length
          ? `${sentence} ${t('privacyPolicy.rights.except', {
              list: list(
                t,
                left.map((p) => p.name)
              ),
            })}`
          : `${sentence} ${t('privacyPolicy.rights.scope', {
              list: list(
                t,
                purposes.map((p) => p.name)
              ),
            })}`;
      }),
      // French law (loi Informatique et Libertés, art. 85) adds instructions for after one's death.
      facts.organization.country === 'FR' ? t('privacyPolicy.rights.postMortem') : null,
      t('privacyPolicy.rights.how', { contact: rightsContact(facts) }),
      facts.organization.rightsRequestUrl ? t('privacyPolicy.rights.form', { url: facts.organization.rightsRequestUrl }) : null,
      t('privacyPolicy.rights.delay'),
    ].filter(present),
  });
};

/** The right to object to direct marketing, apart from every other right, as Art. 21(4) asks. */
export const objectionSection = (t: Translate, facts: PrivacyFacts): Section | null => {
  const marketing = facts.purposes.filter(objectsToMarketing);
  if (marketing.length === 0) return null;
  return section('objection', t('privacyPolicy.sections.objection'), {
    items: [
      t('privacyPolicy.objection.right', {
        list: list(
          t,
          marketing.map((p) => p.name)
        ),
      }),
      t('privacyPolicy.objection.how', { contact: rightsContact(facts) }),
    ],
  });
};

export const complaintSection = (t: Translate, facts: PrivacyFacts): Section | null =>
  section('complaint', t('privacyPolicy.sections.complaint'), { items: [complaintSentence(t, facts)] });
