export { assignAwards, PASS_DOWN_RULE } from './assign';
export { awardForPlace, windowOf, windowBounds, meetsMinimum, qualifiesFor, placeInWindow } from './window';
export type { WindowTier, WindowBounds } from './window';
export type {
  AwardUnit,
  AwardInput,
  AwardOutcome,
  AwardLine,
  AwardRecipient,
  AwardVacancy,
  AwardPass,
  AwardNonCandidate,
} from './types';
