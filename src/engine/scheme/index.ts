export type * from './types';
export { defaultScheme, DISTRIBUTION_DEFAULTS } from './defaults';
export { validateScheme, validateAgainstData } from './validate';
export type { Locate, SchemeCheck, SchemeSource, SchemeData, HeaderWeight } from './validate';
export { locateInFlags, locateInJson } from './locate';
export type { FlagBase } from './locate';
export { schemeToJson, schemeFromJson, SCHEME_VERSION } from './json';
export { applySchemeFlags, parseAwardsText, bandsFlag } from './flags';
export type { SchemeFlag } from './flags';
export {
  bandsOf,
  decimalOf,
  canonicalNumber,
  canonicalCount,
  sameName,
  placeCountOf,
  tierCountFor,
  shareOf,
  componentEntries,
  leafComponents,
} from './access';
export type { ComponentEntry } from './access';
