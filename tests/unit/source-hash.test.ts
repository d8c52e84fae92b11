// Unit: the source hash lets a cold request skip building a document only when the document cannot have changed.
import fs from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { documentHash } from '../../server/src/documents/render-document';
import { createTranslator } from '../../server/src/documents/translator';
import { engineFingerprint, sourceHash } from '../../server/src/documents/source-hash';
import { templatesDir } from '../../server/src/documents/package-root';
import { factsArbitrary } from '../helpers/facts-arbitrary';

const translator = createTranslator();
const KINDS = ['privacy-policy', 'cookie-policy'] as const;

test('lastChangedAt, the one fact the source hash leaves out, never changes the document', () => {
  fc.assert(
    fc.property(
      factsArbitrary,
      fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      (facts, date) => {
        const t = translator.forLocale(facts.locale);
        const moved = { ...facts, lastChangedAt: date.toISOString() };
        for (const kind of KINDS) {
          expect(sourceHash('engine', kind, moved)).toBe(sourceHash('engine', kind, facts));
          expect(documentHash(t, kind, moved)).toBe(documentHash(t, kind, facts));
        }
      }
    ),
    { numRuns: 100 }
  );
});

test('any other fact, the kind or the engine changes the source hash', () => {
  fc.assert(
    fc.property(factsArbitrary, (facts) => {
      const base = sourceHash('engine', 'privacy-policy', facts);
      const renamed = { ...facts, purposes: [{ ...facts.purposes[0], name: `${facts.purposes[0].name}!` }, ...facts.purposes.slice(1)] };
      expect(sourceHash('engine', 'privacy-policy', renamed)).not.toBe(base);
      expect(sourceHash('engine', 'privacy-policy', { ...facts, locale: facts.locale === 'fr' ? 'en' : 'fr' })).not.toBe(base);
      expect(sourceHash('engine', 'cookie-policy', facts)).not.toBe(base);
      expect(sourceHash('other engine', 'privacy-policy', facts)).not.toBe(base);
    }),
    { numRuns: 100 }
  );
});

describe('engine fingerprint', () => {
  let dir: string;
  let code: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-engine-'));
    fs.cpSync(templatesDir(), path.join(dir, 'templates'), { recursive: true });
    code = path.join(dir, 'index.js');
    fs.writeFileSync(code, 'module.exports = 1;\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is stable, and changes with the code, a template or a translation file', () => {
    const templates = path.join(dir, 'templates');
    const first = engineFingerprint(code, templates);
    expect(engineFingerprint(code, templates)).toBe(first);

    fs.appendFileSync(code, '// changed\n');
    const afterCode = engineFingerprint(code, templates);
    expect(afterCode).not.toBe(first);

    fs.appendFileSync(path.join(templates, 'document.html.hbs'), '\n');
    const afterTemplate = engineFingerprint(code, templates);
    expect(afterTemplate).not.toBe(afterCode);

    const fr = path.join(templates, 'locales', 'fr.json');
    fs.writeFileSync(fr, JSON.stringify({ ...JSON.parse(fs.readFileSync(fr, 'utf8')), extra: 'x' }));
    expect(engineFingerprint(code, templates)).not.toBe(afterTemplate);
  });
});
