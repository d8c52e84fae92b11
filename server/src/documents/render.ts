// Turns a document model into HTML and Markdown (Handlebars templates) and plain text, with its word count and hash.
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import type { DocumentModel } from './model';
import { escapeMarkdown, linkifyHtml, plainLine } from './escape';
import { templatesDir } from './package-root';

export interface Renderer {
  html(model: DocumentModel): string;
  markdown(model: DocumentModel): string;
  text(model: DocumentModel): string;
}

const COMPILE_OPTIONS = {
  knownHelpersOnly: true,
  knownHelpers: { linkify: true, md: true },
  strict: false,
  preventIndent: true,
} as const;

const tidy = (output: string): string => output.replace(/\n{3,}/g, '\n\n').trim() + '\n';

/** Plain text is built here rather than in a template: a template would have to print editors' text unescaped. */
const renderText = (model: DocumentModel): string => {
  const underline = (title: string, char: string): string => `${title}\n${char.repeat(Math.min(title.length, 72))}`;
  const blocks: string[] = [underline(plainLine(model.title), '=')];
  for (const section of model.sections) {
    const block: string[] = [underline(plainLine(section.heading), '-')];
    block.push(...section.lead.map(plainLine));
    if (section.groups?.length) {
      for (const group of section.groups) {
        block.push(`\n${plainLine(group.heading)}`, ...group.items.map((item) => `  - ${plainLine(item)}`));
      }
    } else {
      block.push(...section.items.map((item) => `- ${plainLine(item)}`));
    }
    blocks.push(block.join('\n'));
  }
  return tidy(blocks.join('\n\n'));
};

export const createRenderer = (dir: string = templatesDir()): Renderer => {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('linkify', (value: unknown) => new handlebars.SafeString(linkifyHtml(String(value ?? ''))));
  handlebars.registerHelper('md', (value: unknown) => new handlebars.SafeString(escapeMarkdown(String(value ?? ''))));
  const compile = (file: string) =>
    handlebars.compile<DocumentModel>(fs.readFileSync(path.join(dir, file), 'utf8'), COMPILE_OPTIONS);
  const html = compile('document.html.hbs');
  const markdown = compile('document.md.hbs');
  // Handlebars compiles lazily: render an empty document once so a broken template fails at startup, not on a request.
  const empty: DocumentModel = { kind: 'privacy-policy', locale: 'en', organization: '', title: '', effectiveAt: null, sections: [] };
  html(empty);
  markdown(empty);
  return {
    html: (model) => tidy(html(model)),
    markdown: (model) => tidy(markdown(model)),
    text: renderText,
  };
};

export const countWords = (text: string): number =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** At about 200 words a minute, never less than one minute. */
export const readingMinutes = (words: number): number => Math.max(1, Math.ceil(words / 200));

export const contentHash = (model: DocumentModel): string =>
  `sha256:${crypto.createHash('sha256').update(JSON.stringify(model)).digest('hex')}`;
