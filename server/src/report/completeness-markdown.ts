// The completeness report as Markdown (GET /privacy/report?format=markdown): a heading, the counts, one item per finding.
// Editors' text (entry names, messages quoting their values) goes through escapeMarkdown, as in the documents.
import type { Translate } from '../documents/translator';
import { escapeMarkdown } from '../documents/escape';

interface Item {
  severity: string;
  entry: string;
  locale: string;
  field: string | null;
  message: string;
  article: string;
  editPath: string | null;
}

export interface ReportForMarkdown {
  organization: string;
  summary: { errors: number; warnings: number; info?: number };
  items: Item[];
}

/** A link target is ours (built in editor.ts), but it is still kept free of what would end the link. */
const linkTarget = (path: string): string => path.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

export const reportMarkdown = (t: Translate, report: ReportForMarkdown): string => {
  const label = (key: string, params: Record<string, string> = {}) => t(`reportMarkdown.${key}`, params);
  const counts = [
    `${label('errors')}${label('colon')}${report.summary.errors}`,
    `${label('warnings')}${label('colon')}${report.summary.warnings}`,
    ...(report.summary.info !== undefined ? [`${label('info')}${label('colon')}${report.summary.info}`] : []),
  ];
  const items = report.items.map((item) => {
    const parts = [
      `**${label(item.severity)}**`,
      `${label('entry')}${label('colon')}${escapeMarkdown(item.entry)}`,
      `${label('locale')}${label('colon')}${escapeMarkdown(item.locale)}`,
      ...(item.field ? [`${label('field')}${label('colon')}\`${item.field}\``] : []),
      escapeMarkdown(item.message),
      `${label('article')}${label('colon')}${escapeMarkdown(item.article)}`,
      ...(item.editPath ? [`[${label('edit')}](<${linkTarget(item.editPath)}>)`] : []),
    ];
    return `- ${parts.join(' — ')}`;
  });
  return [
    `# ${escapeMarkdown(label('title', { organization: report.organization }))}`,
    '',
    counts.map((c) => `- ${c}`).join('\n'),
    '',
    items.length ? items.join('\n') : label('none'),
    '',
  ].join('\n');
};
