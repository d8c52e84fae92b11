// Turns a document model into HTML and Markdown (Handlebars templates) and plain text, with its word count and hash.
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import type { DocumentModel } from './model';
import type { PageModel } from './policy-page';
import type { EmailModel } from '../consent/emails';
import type { FormNotice } from '../consent/form-notices';
import { escapeMarkdown, linkifyHtml, plainLine } from './escape';
import { templatesDir } from './package-root';

export interface Renderer {
  html(model: DocumentModel<string>): string;
  markdown(model: DocumentModel<string>): string;
  text(model: DocumentModel<string>): string;
  /** A hosted page: a whole HTML5 document around a document's html fragment (format=page). */
  page(model: PageModel): string;
  /** A whole e-mail document (tables and inline styles, as e-mail clients need). */
  emailHtml(model: EmailModel): string;
  /** The form fragment: unticked boxes, opt-out information, notice. */
  formNoticeHtml(notice: FormNotice & { proof: { policyHash: string; copyHash: string } }): string;
}

const COMPILE_OPTIONS = {
  knownHelpersOnly: true,
  knownHelpers: { linkify: true, md: true },
  strict: false,
  preventIndent: true,
} as const;

const tidy = (output: string): string => output.replace(/\n{3,}/g, '\n\n').trim() + '\n';

/** Plain text is built here rather than in a template: a template would have to print editors' text unescaped. */
const renderText = (model: DocumentModel<string>): string => {
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
  // `{{linkify text}}`, or `{{linkify text color}}` for links in an e-mail's brand colour (ignored unless #rrggbb).
  handlebars.registerHelper('linkify', (value: unknown, ...rest: unknown[]) => {
    const color = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : null;
    return new handlebars.SafeString(linkifyHtml(String(value ?? ''), color));
  });
  handlebars.registerHelper('md', (value: unknown) => new handlebars.SafeString(escapeMarkdown(String(value ?? ''))));
  const compile = <Context>(file: string) => handlebars.compile<Context>(fs.readFileSync(path.join(dir, file), 'utf8'), COMPILE_OPTIONS);
  const html = compile<DocumentModel<string>>('document.html.hbs');
  const markdown = compile<DocumentModel<string>>('document.md.hbs');
  // A templatesDir copied before format=page existed has no page template: the plugin's own is used then.
  const pageDir = fs.existsSync(path.join(dir, 'page.html.hbs')) ? dir : templatesDir();
  const page = handlebars.compile<PageModel>(fs.readFileSync(path.join(pageDir, 'page.html.hbs'), 'utf8'), COMPILE_OPTIONS);
  const email = compile<EmailModel>('email.html.hbs');
  const formNotice = compile<FormNotice & { proof: { policyHash: string; copyHash: string } }>('form-notice.html.hbs');
  // Handlebars compiles lazily: render each template once so a broken one fails at startup, not on a request.
  const empty: DocumentModel = { kind: 'privacy-policy', locale: 'en', organization: '', title: '', effectiveAt: null, sections: [] };
  html(empty);
  markdown(empty);
  page({} as PageModel);
  email({} as EmailModel);
  formNotice({} as FormNotice & { proof: { policyHash: string; copyHash: string } });
  return {
    html: (model) => tidy(html(model)),
    markdown: (model) => tidy(markdown(model)),
    text: renderText,
    page: (model) => tidy(page(model)),
    emailHtml: (model) => tidy(email(model)),
    formNoticeHtml: (notice) => tidy(formNotice(notice)),
  };
};

export const countWords = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** At about 200 words a minute, never less than one minute. */
export const readingMinutes = (words: number): number => Math.max(1, Math.ceil(words / 200));

export const contentHash = (model: DocumentModel<string>): string =>
  `sha256:${crypto.createHash('sha256').update(JSON.stringify(model)).digest('hex')}`;
