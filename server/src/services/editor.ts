// What the editors' admin page reads: the draft preview, the completeness report and the Art. 30 record; one source for page and API.
import type { Core } from '@strapi/strapi';
import { loadFacts } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { documentHash } from '../documents/render-document';
import { finding, lintLocale, lintLocaleDrift, type Finding } from '../report/completeness';
import { messageParams, type Severity } from '../report/rules';
import { buildRecordOfProcessing, recordOfProcessingCsv } from '../report/record-of-processing';
import { buildRecordWorkbook, recordWorkbookXlsx, type PurposeDates } from '../report/record-workbook';
import { parisDate } from '../registers/deadlines';
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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const day = (value: unknown): string | null => (value ? new Date(value as string | Date).toISOString().slice(0, 10) : null);

const createEditorService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');

  /** Per published purpose: its first save (the earliest row, draft or published) and its last publication. */
  const purposeDates = async (facts: PrivacyFacts, locale: string): Promise<Map<string, PurposeDates>> => {
    const ids = facts.purposes.map((p) => p.documentId);
    const rows = ids.length
      ? ((await strapi.db.query(UID.purpose).findMany({
          select: ['documentId', 'createdAt', 'updatedAt', 'publishedAt'],
          where: { documentId: { $in: ids }, locale },
        })) as Array<{ documentId: string; createdAt: unknown; updatedAt: unknown; publishedAt: unknown }>)
      : [];
    const dates = new Map<string, PurposeDates>();
    for (const row of rows) {
      const known = dates.get(row.documentId) ?? { createdAt: null, updatedAt: null };
      const created = day(row.createdAt);
      if (created && (known.createdAt === null || created < known.createdAt)) known.createdAt = created;
      if (row.publishedAt) known.updatedAt = day(row.publishedAt);
      dates.set(row.documentId, known);
    }
    return dates;
  };

  return {
    /** A policy rendered from drafts, and whether it differs from what the public sees. */
    async preview(kind: DocumentKind, organization: string, locale: string) {
      const rendered = await getService(strapi, 'policies').draft(kind, { organization, locale });
      const published = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
      const publishedHash = published ? documentHash(engine().translator.forLocale(locale), kind, published) : null;
      return { ...rendered.json, publishedHash, draftDiffers: publishedHash !== rendered.hash };
    },

    /** Every finding on the organization's drafts, in every locale, with messages in the editor's language. */
    async report(organization: string, lang: string, now: Date = new Date()) {
      // The day the rules that depend on the date are judged on (phone canvassing from 11 August 2026).
      const today = parisDate(now);
      const { codes } = await getService(strapi, 'resolution').allowedLocales();
      const byLocale: Record<string, PrivacyFacts> = {};
      const findings: Finding[] = [];
      for (const locale of codes) {
        const facts = await loadFacts(strapi, { slug: organization, locale, status: 'draft' });
        if (facts) {
          byLocale[locale] = facts;
          findings.push(...lintLocale(facts, today));
        }
      }
      const present = Object.values(byLocale)[0];
      for (const locale of codes.filter((code) => !byLocale[code])) {
        findings.push({
          ...finding('missingTranslation', null, { from: present?.locale ?? '' }),
          uid: UID.organization,
          documentId: present?.organization.documentId ?? '',
          entry: present?.organization.name ?? organization,
          locale,
        });
      }
      findings.push(...lintLocaleDrift(byLocale));
      const language = engine().translator.languages.includes(lang) ? lang : 'en';
      const t = engine().translator.forLocale(language);
      const items: ReportItem[] = findings
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
        .map((finding) => ({
          ...finding,
          message: t(`report.${finding.code}`, messageParams(t, finding.code, finding.params)),
          editPath: editPath(finding),
        }));
      return {
        organization,
        locales: Object.keys(byLocale),
        summary: {
          errors: items.filter((i) => i.severity === 'error').length,
          warnings: items.filter((i) => i.severity === 'warning').length,
          ...(items.some((i) => i.severity === 'info') ? { info: items.filter((i) => i.severity === 'info').length } : {}),
        },
        items,
        /** The language of the messages (not part of the JSON answer). */
        lang: language,
      };
    },

    /** The record of processing activities (Art. 30(1)) from published entries, as rows or CSV. */
    async recordOfProcessing(organization: string, locale: string, format: 'json' | 'csv') {
      const facts = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
      const t = engine().translator.forLocale(locale);
      const rows = facts ? buildRecordOfProcessing(t, facts) : [];
      return format === 'csv' ? recordOfProcessingCsv(t, rows) : { organization, locale, rows };
    },

    /** The same record as an XLSX workbook in the CNIL simplified register's layout (header sheet, one sheet per processing). */
    async recordWorkbook(organization: string, locale: string): Promise<Buffer> {
      const facts = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
      const t = engine().translator.forLocale(locale);
      if (!facts) return recordWorkbookXlsx([{ name: t('register.workbook.summarySheet'), lines: [] }]);
      return recordWorkbookXlsx(buildRecordWorkbook(t, facts, buildRecordOfProcessing(t, facts), await purposeDates(facts, locale)));
    },
  };
};

export type EditorService = ReturnType<typeof createEditorService>;
export default createEditorService;
