// Small pieces of wording shared by the documents: durations, retention rules, lists.
import type { Translate } from './translator';
import type { CookieFacts, RetentionFacts } from './facts';

export const duration = (t: Translate, value: number | null, unit: 'days' | 'months' | 'years' | null): string | null =>
  value !== null && unit !== null ? t(`duration.${unit}`, { count: value }) : null;

export const cookieLifetime = (t: Translate, cookie: CookieFacts): string => {
  if (cookie.lifetimeUnit === 'session') return t('duration.session');
  return duration(t, cookie.lifetimeValue, cookie.lifetimeUnit) ?? t('duration.unknown');
};

/** "3 years from the last contact, then deleted", or the criteria when there is no fixed duration. */
export const retentionPhrase = (t: Translate, rule: RetentionFacts): string => {
  const fixed = duration(t, rule.durationValue, rule.durationUnit);
  const base = fixed
    ? rule.startsFrom
      ? t('retentionRule.durationFrom', { duration: fixed, from: rule.startsFrom })
      : t('retentionRule.duration', { duration: fixed })
    : t('retentionRule.criteria', { criteria: (rule.criteria ?? t('duration.unknown')).trim().replace(/[.;]+$/, '') });
  return rule.afterwards ? `${base}, ${t(`retentionRule.afterwards.${rule.afterwards}`)}` : base;
};

export const list = (t: Translate, values: string[]): string => values.join(t('list.separator'));

/** "a, b and c" in the reader's language; one value as it is. */
export const listAnd = (t: Translate, values: string[]): string =>
  values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(t('list.separator'))}${t('list.and')}${values[values.length - 1]}`;

/** Editors' sentences may or may not end with a full stop; the documents add one only where it is missing. */
export const sentence = (value: string): string => {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return /[.!?…»"')]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** Lets an editor's sentence continue ours: "Without it, we cannot…" (an acronym such as "CNIL" keeps its capitals). */
export const continuing = (value: string): string => {
  const trimmed = sentence(value);
  return /^\p{Lu}\p{Ll}/u.test(trimmed) ? trimmed.charAt(0).toLocaleLowerCase() + trimmed.slice(1) : trimmed;
};
