import type { PaneLocale } from '../../locale';
import type { PaneController, PaneState } from '../controller';
import type { BrowserStrings } from '../strings';

export type StepId = 'open' | 'check' | 'rank' | 'scheme' | 'explain' | 'charts' | 'download';

/** The pane's steps in order; 6 校验 comes with a later issue. */
export const STEPS: readonly StepId[] = ['open', 'check', 'rank', 'scheme', 'explain', 'charts', 'download'];

export interface StepProps {
  controller: PaneController;
  state: PaneState;
  text: BrowserStrings;
  locale: PaneLocale;
  goTo: (step: StepId) => void;
}
