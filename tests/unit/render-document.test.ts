// Unit: an edition built from the content-only model is exactly the document built from scratch with that edition.
import fc from 'fast-check';
import { buildDocument, documentContent, withEdition } from '../../server/src/documents/render-document';
import { createTranslator } from '../../server/src/documents/translator';
import { factsArbitrary } from '../helpers/facts-arbitrary';

const translator = createTranslator();
const edition = fc.record({
  version: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  effectiveAt: fc.option(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    { nil: null }
  ),
});

test('withEdition(content model, edition) equals buildDocument(edition), for both kinds', () => {
  fc.assert(
    fc.property(factsArbitrary, edition, fc.boolean(), (facts, chosen, noCookies) => {
      const subject = noCookies ? { ...facts, cookies: [] } : facts;
      const t = translator.forLocale(subject.locale);
      for (const kind of ['privacy-policy', 'cookie-policy'] as const) {
        const { model } = documentContent(t, kind, subject);
        expect(JSON.stringify(withEdition(t, kind, subject, model, chosen))).toBe(JSON.stringify(buildDocument(t, kind, subject, chosen)));
      }
    }),
    { numRuns: 200 }
  );
});
