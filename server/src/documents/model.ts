// The shape every generated document takes before it becomes JSON, HTML, Markdown or text.
/** The generated documents: each has its entry in DOCUMENT_KIND_SPECS (kinds.ts), which the compiler asks for. */
export const DOCUMENT_KINDS = ['privacy-policy', 'cookie-policy'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The letters of the internal registers (never public, served only through admin routes): each has its entry in
 * LETTER_SPECS (letters.ts). They share the documents' model and renderer, not their routes.
 */
export const LETTER_KINDS = [
  'access-reply',
  'erasure-done',
  'objection-recorded',
  'extension-notice',
  'refusal',
  'breach-notification',
  'breach-communication',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface SectionGroup {
  heading: string;
  items: string[];
}

export interface SectionTable {
  columns: string[];
  rows: string[][];
}

/**
 * One section. `items` always holds the whole section as plain sentences, for clients that render a list;
 * `groups` (one per purpose) or `table` (cookies) give the richer layout the HTML and Markdown use instead.
 */
export interface Section {
  key: string;
  heading: string;
  lead: string[];
  items: string[];
  groups?: SectionGroup[];
  table?: SectionTable;
}

export interface DocumentModel<Kind extends string = DocumentKind> {
  kind: Kind;
  locale: string;
  organization: string;
  title: string;
  effectiveAt: string | null;
  sections: Section[];
}

/** Leaves out a section with nothing to say (docs/api.md). */
export const section = (key: string, heading: string, parts: Partial<Omit<Section, 'key' | 'heading'>>): Section | null => {
  const built: Section = { key, heading, lead: parts.lead ?? [], items: parts.items ?? [], ...parts };
  const empty = built.items.length === 0 && built.lead.length === 0 && !built.groups?.length && !built.table?.rows.length;
  return empty ? null : built;
};

export const present = <T>(value: T | null | undefined | false | ''): value is T =>
  value !== null && value !== undefined && value !== false && value !== '';
