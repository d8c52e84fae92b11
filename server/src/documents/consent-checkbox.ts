// The wording of a consent box on a form notice, shared by the form notices (consent/) and the report's bundledConsent rule.
import type { ConsentForm, PurposeFacts } from './facts';

/**
 * What a purpose's box says on a form besides the sender: its message key and the values it quotes. Only the "other"
 * form names the purpose and the newsletter its frequency, so two consent purposes on another form get boxes that read
 * the same (the report's bundledConsent rule).
 */
export const checkboxWording = (
  form: Exclude<ConsentForm, 'none'>,
  purpose: Pick<PurposeFacts, 'name' | 'emailFrequency'>
): { key: string; params: Record<string, string> } => {
  if (form === 'newsletter' && purpose.emailFrequency) {
    return { key: 'consent.checkbox.newsletterFrequency', params: { frequency: purpose.emailFrequency } };
  }
  return { key: `consent.checkbox.${form}`, params: form === 'other' ? { purpose: purpose.name } : {} };
};
