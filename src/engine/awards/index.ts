export { assignAwards } from './assign';
export { awardForPlace, windowOf, meetsMinimum } from './window';
export type { WindowTier } from './window';
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
