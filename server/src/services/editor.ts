// What the editors' admin page reads: the draft preview, the completeness report and the Art. 30 record; one source for page and API.
import type { Core } from '@strapi/strapi';
import { loadFacts } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { documentHash } from '../documents/render-document';
import { lintLocale, lintLocaleDrift, type Finding } from '../report/completeness';
import { buildRecordOfProcessing, recordOfProcessingCsv } from '../report/record-of-processing';
import { UID } from '../uids';
import { getService } from '../utils/get-service';

export interface ReportItem extends Finding {
  message: string;
  /** Admin path of the entry to fix in the Content Manager. */
  editPath: string | null;
}

const editPath = (finding: Finding): string | null =>
  finding.documentId
    ? `/content-manager/collection-types/${finding.uid}/${finding.documentId}?plugins[i18n][locale]=${encodeURIComponent(finding.locale)}`
    : `/content-manager/collection-types/${finding.uid}/create?plugins[i18n][locale]=${encodeURIComponent(finding.locale)}`;

const createEditorService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');

  return {
    /** A policy rendered from drafts, and whether it differs from what the public sees. */
    async preview(kind: DocumentKind, organization: string, locale: string) {
      const rendered = await getService(strapi, 'policies').draft(kind, { organization, locale });
      const published = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
      const publishedHash = published ? documentHash(engine().translator.forLocale(locale), kind, published) : null;
      return { ...rendered.json, publishedHash, draftDiffers: publishedHash !== rendered.hash };
    },

    /** Every finding on the organization's drafts, in every locale, with messages in the editor's language. */
    async report(organization: string, lang: string) {
      const { codes } = await getService(strapi, 'resolution').allowedLocales();
      const byLocale: Record<string, PrivacyFacts> = {};
      const findings: Finding[] = [];
      for (const locale of codes) {
        const facts = await loadFacts(strapi, { slug: organization, locale, status: 'draft' });
        if (facts) {
          byLocale[locale] = facts;
          findings.push(...lintLocale(facts));
        }
      }
      const present = Object.values(byLocale)[0];
      for (const locale of codes.filter((code) => !byLocale[code])) {
        findings.push({
          severity: 'warning',
          code: 'missingTranslation',
          article: 'GDPR Art. 12(1)',
          uid: UID.organization,
          documentId: present?.organization.documentId ?? '',
          entry: present?.organization.name ?? organization,
          locale,
          field: null,
          params: { from: present?.locale ?? '' },
        });
      }
      findings.push(...lintLocaleDrift(byLocale));
      const t = engine().translator.forLocale(engine().translator.languages.includes(lang) ? lang : 'en');
      const items: ReportItem[] = findings
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
        .map((finding) => ({ ...finding, message: t(`report.${finding.code}`, finding.params), editPath: editPath(finding) }));
      return {
        organization,
        locales: Object.keys(byLocale),
        summary: {
          errors: items.filter((i) => i.severity === 'error').length,
          warnings: items.filter((i) => i.severity === 'warning').length,
        },
        items,
      };
    },

    /** The record of processing activities (Art. 30(1)) from published entries, as rows or CSV. */
    async recordOfProcessing(organization: string, locale: string, format: 'json' | 'csv') {
      const facts = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
      const t = engine().translator.forLocale(locale);
      const rows = facts ? buildRecordOfProcessing(t, facts) : [];
      return format === 'csv' ? recordOfProcessingCsv(t, rows) : { organization, locale, rows };
    },
  };
};

export type EditorService = ReturnType<typeof createEditorService>;
export default createEditorService;
