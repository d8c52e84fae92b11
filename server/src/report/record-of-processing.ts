// The Art. 30(1) record of processing activities: one row per published purpose, in the CNIL simplified register's order.
import { stringify } from 'csv-stringify/sync';
import type { DataSubjectCategory } from '../documents/data-subjects';
import type { PrivacyFacts, PurposeFacts } from '../documents/facts';
import { countriesOf, lines, transfersOutsideEea } from '../documents/facts';
import { present } from '../documents/model';
import { listAnd, retentionPhrase } from '../documents/phrases';
import { countryName } from '../documents/regions';
import type { Translate } from '../documents/translator';
import { withAside } from '../documents/typography';

/** Column order of the CNIL simplified register: controller and DPO, purpose, people, data, recipients, transfers, retention, security. */
export const RECORD_COLUMNS = [
  'purpose',
  'controller',
  'dpo',
  'purposeDescription',
  'legalBasis',
  'dataSubjects',
  'dataCategories',
  'sensitiveData',
  'recipients',
  'transfers',
  'retention',
  'securityMeasures',
  'updatedAt',
] as const;

export type RegisterColumn = (typeof RECORD_COLUMNS)[number];
export type RecordRow = Record<RegisterColumn, string> & {
  /** The purpose's structured categories of data subjects, by slug; only on a purpose that has some (the JSON record). */
  dataSubjectCategories?: DataSubjectCategory[];
};

/** The categories' names first, then the editor's own lines less those that only repeat a category's name. */
const dataSubjectsCell = (t: Translate, purpose: PurposeFacts): string[] => {
  const labels = purpose.dataSubjectCategories.map((category) => t(`dataSubjectCategory.${category}`));
  const named = new Set(labels.map((label) => label.toLocaleLowerCase()));
  return [...labels, ...lines(purpose.dataSubjects).filter((line) => !named.has(line.toLocaleLowerCase()))];
};

const oneLine = (value: string): string => value.replace(/\s*\r?\n\s*/g, ', ');

export const buildRecordOfProcessing = (t: Translate, facts: PrivacyFacts): RecordRow[] => {
  const org = facts.organization;
  const semicolon = t('list.semicolon');
  const controller = [org.name, oneLine(org.address), org.email, org.phone].filter(present).join(', ');
  const dpo = org.dpo ? [org.dpo.name, org.dpo.company, org.dpo.email].filter(present).join(', ') : t('register.none');
  return facts.purposes.map((p) => ({
    purpose: p.name,
    controller,
    dpo,
    // The channels only when given, so a purpose without them reads as before.
    purposeDescription: [
      p.description,
      p.channels.length ? t('register.channels', { channels: p.channels.map((c) => t(`channel.${c}`)).join(t('list.separator')) }) : null,
    ]
      .filter(present)
      .join(' '),
    legalBasis:
      p.legalBasis === 'legitimate-interests' && p.legitimateInterest
        ? t('register.withDetail', { label: t(`register.legalBasis.${p.legalBasis}`), detail: p.legitimateInterest })
        : t(`register.legalBasis.${p.legalBasis}`),
    dataSubjects: dataSubjectsCell(t, p).join(semicolon),
    dataCategories: lines(p.dataCategories).join(semicolon),
    sensitiveData: t(p.sensitiveData ? 'register.yes' : 'register.no'),
    recipients: p.recipients.map((r) => withAside(r.name, t(`recipientCategory.${r.category}`))).join(semicolon),
    transfers:
      p.recipients
        // As in the policy: one country outside the EEA makes a transfer, and every country is named.
        .filter(transfersOutsideEea)
        .map((r) =>
          [
            t('privacyPolicy.transfer.item', {
              name: r.name,
              country: listAnd(
                t,
                countriesOf(r).map((code) => countryName(code, facts.locale))
              ),
              safeguard: t(`safeguard.${r.transferSafeguard ?? 'none-needed'}`),
            }),
            r.safeguardDetails,
          ]
            .filter(present)
            .join(' ')
        )
        .join(semicolon) || t('register.none'),
    retention: p.retention ? t('register.withDetail', { label: p.retention.label, detail: retentionPhrase(t, p.retention) }) : '',
    securityMeasures: org.securityMeasures ?? '',
    updatedAt: facts.lastChangedAt ? facts.lastChangedAt.slice(0, 10) : '',
    ...(p.dataSubjectCategories.length ? { dataSubjectCategories: p.dataSubjectCategories } : {}),
  }));
};

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is kept as text with a leading quote. */
export const neutralizeFormula = (cell: string): string => (/^[\s\u200B-\u200F\uFEFF]*[=+\-@]|^[\t\r]/.test(cell) ? `'${cell}` : cell);

export const recordOfProcessingCsv = (t: Translate, rows: RecordRow[]): string =>
  stringify(
    rows.map((row) => RECORD_COLUMNS.map((column) => neutralizeFormula(row[column]))),
    {
      header: true,
      columns: RECORD_COLUMNS.map((column) => ({ key: column, header: t(`register.columns.${column}`) })),
      bom: true,
      quoted_match: /[\s,;"]/,
      record_delimiter: 'windows',
    }
  );
