// Which edition of a document is rendered: its version number and effective date, or neither (the content alone, for hashing).
export interface Edition {
  version: number | null;
  effectiveAt: string | null;
}

/** The edition whose hash identifies the content: no number, no date, so a republish of the same facts hashes the same. */
export const CONTENT_ONLY: Edition = { version: null, effectiveAt: null };
