/// <reference lib="webworker" />
/** Runs the ranking off the page's thread, so the pane stays responsive on a large table. */
import { rankView, type RankRequest } from './rank-view';
import type { SheetData } from '../../sheet/source-table';

export interface RankJob {
  id: number;
  sheets: SheetData[];
  request: RankRequest;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RankJob>) => {
  const { id, sheets, request } = event.data;
  try {
    scope.postMessage({ id, view: rankView(sheets, request) });
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
