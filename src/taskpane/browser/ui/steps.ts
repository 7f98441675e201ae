/** The steps that load together after the first render. */
export { CheckStep } from './CheckStep';
export { RankStep } from './RankStep';
export { ExplainStep } from './ExplainStep';
export { DownloadStep } from './DownloadStep';
export { VerifyStep } from './VerifyStep';
export { CollectStep } from './CollectStep';
export { ApplyStep } from './ApplyStep';
