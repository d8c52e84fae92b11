// The representations a generated document can take, and the media type each one is served as: the only list of them.
// `page` is a whole HTML document around the html fragment, with its navigation: assembled at the HTTP edge
// (server/src/http/policy-page.ts), since it links to the other locales and versions, which the renderer does not know.
export const DOCUMENT_FORMATS = ['json', 'html', 'markdown', 'text', 'jsonld', 'page'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Every output the plugin serves: the document formats, and CSV for the record of processing activities. */
export type OutputFormat = DocumentFormat | 'csv';

export const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  page: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const satisfies Record<OutputFormat, string>;

/** The media type without its parameters, as OpenAPI names a response's content. */
export const bareMediaType = (format: OutputFormat): string => MEDIA_TYPES[format].split(';')[0];
