// The registry of internal letters: which register each belongs to and its builder. Served only by admin routes, never public.
import type { PrivacyFacts } from '../documents/facts';
import { LETTER_KINDS, type DocumentModel, type LetterKind } from '../documents/model';
import type { Translate } from '../documents/translator';
import type { BreachView, RightsRequestView } from '../registers/records';
import { buildBreachCommunication, buildBreachNotification } from './breach-letters';
import { buildAccessReply, buildErasureDone, buildExtensionNotice, buildObjectionRecorded, buildRefusal } from './request-letters';

export { LETTER_KINDS, type LetterKind };

export type LetterSpec =
  | {
      register: 'requests';
      /** One line for the admin page and docs/api.md. */
      summary: string;
      /** `concernedIds`: the purposes that concern the person (purposesConcerningIds), null for all. */
      build(
        t: Translate,
        facts: PrivacyFacts,
        request: RightsRequestView,
        today: Date,
        concernedIds: ReadonlySet<string> | null
      ): DocumentModel<LetterKind>;
    }
  | {
      register: 'breaches';
      summary: string;
      build(t: Translate, facts: PrivacyFacts, breach: BreachView, today: Date): DocumentModel<LetterKind>;
    };

export const LETTER_SPECS = {
  'access-reply': { register: 'requests', summary: 'The reply to an access request (Art. 15)', build: buildAccessReply },
  'erasure-done': { register: 'requests', summary: 'Erasure done (Art. 17, 19)', build: buildErasureDone },
  'objection-recorded': { register: 'requests', summary: 'Objection recorded (Art. 21)', build: buildObjectionRecorded },
  'extension-notice': { register: 'requests', summary: 'The answer takes up to two more months (Art. 12(3))', build: buildExtensionNotice },
  refusal: { register: 'requests', summary: 'Refusal with reasons and remedies (Art. 12(4))', build: buildRefusal },
  'breach-notification': {
    register: 'breaches',
    summary: 'The notification draft to the supervisory authority (Art. 33(3))',
    build: (t, facts, breach) => buildBreachNotification(t, facts, breach),
  },
  'breach-communication': { register: 'breaches', summary: 'The communication to the people (Art. 34)', build: buildBreachCommunication },
} satisfies Record<LetterKind, LetterSpec>;

export const lettersOf = (register: LetterSpec['register']): LetterKind[] =>
  LETTER_KINDS.filter((kind) => LETTER_SPECS[kind].register === register);
