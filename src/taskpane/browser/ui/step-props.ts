import type { PaneLocale } from '../../locale';
import type { PaneController, PaneState } from '../controller';
import type { BrowserStrings } from '../strings';

export type StepId = 'open' | 'collect' | 'check' | 'rank' | 'scheme' | 'explain' | 'verify' | 'charts' | 'download' | 'apply';

/** The pane's steps in order. */
export const STEPS: readonly StepId[] = ['open', 'collect', 'check', 'rank', 'scheme', 'explain', 'verify', 'charts', 'download', 'apply'];

export interface StepProps {
  controller: PaneController;
  state: PaneState;
  text: BrowserStrings;
  locale: PaneLocale;
  goTo: (step: StepId) => void;
}
