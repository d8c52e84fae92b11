// The channels a purpose reaches people by (issue 16): stored as one comma-separated string, read as a list of known values.

/** In the order the documents name them. */
export const CHANNELS = ['email', 'sms', 'phone', 'post', 'web', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

const ONE = `(${CHANNELS.join('|')})`;

/**
 * The form of `purpose.channels`: known values separated by commas ("email, phone"). The schema's regex is this one;
 * drafts skip it, so the save rule repeats it (a unit test keeps the two equal).
 */
export const CHANNELS_PATTERN = new RegExp(`^${ONE}(, ?${ONE})*$`);

export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** The values of a `channels` string as written, blanks dropped ("email, ,sms" → email, sms). */
export const splitChannels = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The channels a stored value names, known values only, each once, in the order of CHANNELS. */
export const channelsOf = (value: string | null | undefined): Channel[] => {
  const named = new Set(splitChannels(value).map((part) => part.toLowerCase()));
  return CHANNELS.filter((channel) => named.has(channel));
};
