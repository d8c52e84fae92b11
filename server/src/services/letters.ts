// The internal letters of the registers, rendered from one entry and the organization's published facts (admin routes only).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LETTER_SPECS, lettersOf, type LetterKind, type LetterSpec } from '../letters/letters';
import { purposesConcerningIds } from '../letters/request-letters';
import { loadFacts } from '../documents/load-facts';
import { present } from '../documents/model';
import type { Section } from '../documents/model';
import { getService } from '../utils/get-service';
import { validationError } from './registers';

export interface RenderedLetter {
  kind: LetterKind;
  organization: string;
  locale: string;
  title: string;
  sections: Section[];
  html: string;
  markdown: string;
  text: string;
}

const createLettersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const check = (register: LetterSpec['register'], kind: string): LetterKind => {
    const allowed = lettersOf(register);
    if (!(allowed as string[]).includes(kind)) {
      throw validationError([{ path: 'letter', message: `letter must be one of ${allowed.join(', ')}, got '${kind}'` }]);
    }
    return kind as LetterKind;
  };

  /** The letter in the language asked for, else the request's language, else Strapi's default locale. */
  const render = async (
    register: LetterSpec['register'],
    kindName: string,
    documentId: string,
    locale: string | undefined,
    now: Date = new Date()
  ): Promise<RenderedLetter> => {
    const kind = check(register, kindName);
    const registers = getService(strapi, 'registers');
    const entry = register === 'requests' ? await registers.requests.get(documentId, now) : await registers.breaches.get(documentId, now);
    const resolution = getService(strapi, 'resolution');
    const { codes } = await resolution.allowedLocales();
    const preferred = 'language' in entry && entry.language && codes.includes(entry.language) ? entry.language : undefined;
    const facts = await resolution
      .factsFor({ organization: entry.organization, locale: locale ?? preferred }, 'published')
      .catch((error: unknown) => {
        if (error instanceof errors.NotFoundError) {
          throw new errors.NotFoundError(
            `the letters are written from the published facts, and organization '${entry.organization}' has none in this locale: publish it first`
          );
        }
        throw error;
      });
    const { translator, renderer } = getService(strapi, 'engine');
    const t = translator.forLocale(facts.locale);
    const spec = LETTER_SPECS[kind] as LetterSpec;
    // The spec's register was checked above, so the entry has the type its builder expects.
    let model;
    if (spec.register === 'requests') {
      const request = entry as Parameters<typeof spec.build>[2];
      // The person's categories may be written in any language: match them against every published locale.
      const everyLocale = (
        await Promise.all(codes.map((code) => loadFacts(strapi, { slug: facts.organization.slug, locale: code, status: 'published' })))
      ).filter(present);
      model = spec.build(t, facts, request, now, purposesConcerningIds(everyLocale, request.dataSubjectCategories));
    } else {
      model = spec.build(t, facts, entry as Parameters<typeof spec.build>[2], now);
    }
    return {
      kind,
      organization: facts.organization.slug,
      locale: facts.locale,
      title: model.title,
      sections: model.sections,
      html: renderer.html(model),
      markdown: renderer.markdown(model),
      text: renderer.text(model),
    };
  };

  return { render };
};

export type LettersService = ReturnType<typeof createLettersService>;
export default createLettersService;
