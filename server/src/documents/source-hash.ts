// A cheap fingerprint of what a document is made from: the facts, and the engine (code, templates, translations, ICU).
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import Handlebars from 'handlebars';
import type { PrivacyFacts } from './facts';
import type { DocumentKind } from './model';
import { templatesDir } from './package-root';

const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();

/** The version of a package the renderer uses (both export their package.json), or null if it cannot be read. */
const versionOf = (name: string): string | null => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a package's own package.json, by name, at run time
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return null;
  }
};

/** The file this code runs from: the plugin's bundle once built, a source file under tests. */
const ownFile = (): string | null => (typeof __filename === 'string' ? __filename : null);

/**
 * Everything besides the facts that a rendered document depends on: this code file (the plugin's bundle once
 * built), the templates and translation files, the versions of Handlebars and i18next (external dependencies), and
 * the Node and ICU versions (country names and dates come from Intl). Any change to them changes the fingerprint,
 * so an upgrade never takes a version rendered by older code for the current document without checking.
 */
export const engineFingerprint = (codeFile: string | null = ownFile(), templates: string = templatesDir()): string => {
  const hash = crypto.createHash('sha256');
  for (const file of [...(codeFile ? [codeFile] : []), ...filesUnder(templates)]) {
    hash.update(path.relative(templates, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  hash.update(
    JSON.stringify([
      Handlebars.VERSION,
      versionOf('i18next'),
      process.versions.node,
      process.versions.icu,
      process.versions.cldr,
      process.versions.tz,
    ])
  );
  return hash.digest('hex');
};

/**
 * Equal source hashes mean equal documents, without building them. The converse does not hold (a change of a
 * documentId, say, changes the source but not the text), so a mismatch falls back to the content hash.
 * `lastChangedAt` is left out: it dates an edition, it is not part of the content.
 */
export const sourceHash = (engine: string, kind: DocumentKind, facts: PrivacyFacts): string => {
  const { lastChangedAt: _edition, ...content } = facts;
  return `sha256:${crypto.createHash('sha256').update(engine).update('\0').update(kind).update('\0').update(JSON.stringify(content)).digest('hex')}`;
};
