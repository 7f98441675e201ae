/// <reference lib="webworker" />
/**
 * The Excel pane's ranking worker: the ranking runs here, not on the page's thread, which in
 * Excel is also the thread that calculates PERF's custom functions — Excel stays responsive
 * while 10,000 units are ranked. The page reads the sheets and writes the plan (Office.js).
 */
import { answerRankJob, type RankJob } from './rank-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<RankJob>) => scope.postMessage(answerRankJob(event.data));
