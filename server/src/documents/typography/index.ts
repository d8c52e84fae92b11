// French and English typography for generated documents: elision, spaces, case, asides, dates, reading ease.
export { APOSTROPHE, ELIDABLE_PARTICLES, elide, frenchParticle, isVowelSound } from './elision';
export type { ElidableParticle, Particle } from './elision';
export { NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, frenchSpacing, hasBadFrenchSpace } from './spacing';
export type { FrenchSpacingOptions } from './spacing';
export { lowerFirstCommonWord, lowerFirstInList } from './case';
export { aside, withAside } from './asides';
export { formatLongDate } from './dates';
export { readability } from './readability';
export type { ReadabilityFormula, ReadabilityScore } from './readability';
