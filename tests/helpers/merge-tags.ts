// The merge tags of the supported e-mail tools found in a string: what an e-mail tool would expand.

/**
 * Every merge tag of the supported tools in a string: {{ }}, {% %}, {# #}, *| |*, %NAME%, [NAME]. A percent-escape
 * of a web address (%C3%) is not one: Sendinblue's former %NAME% tags take an attribute name.
 */
export const mergeTagsIn = (value: string): string[] =>
  [
    ...value.matchAll(
      /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\*\|[\s\S]*?\|\*|%[A-Za-z_][A-Za-z0-9_]*%|\[[A-Za-z_][A-Za-z0-9_]*\]/g
    ),
  ]
    .map((match) => match[0])
    .filter((tag) => !/^%[0-9A-Fa-f]{2}%$/.test(tag));
