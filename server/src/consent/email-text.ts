// The plain-text part of a consent e-mail: editors' text kept literal, merge tags where the tool expects them.
import { plainLine } from '../documents/escape';
import type { EmailModel } from './emails';
import type { Translate } from '../documents/translator';

export const emailText = (t: Translate, email: EmailModel): string =>
  [
    plainLine(email.greeting),
    ...email.paragraphs.map(plainLine),
    email.objection ? plainLine(email.objection) : null,
    email.action ? t('consent.email.actionText', { label: plainLine(email.action.label), url: email.action.url }) : null,
    [
      '--',
      plainLine(email.footer.sender),
      email.footer.policyLine ? plainLine(email.footer.policyLine) : null,
      plainLine(email.footer.contactLine),
      email.footer.unsubscribe ? plainLine(email.footer.unsubscribe.textLine) : null,
    ]
      .filter((line): line is string => line !== null)
      .join('\n'),
  ]
    .filter((block): block is string => block !== null)
    .join('\n\n') + '\n';
