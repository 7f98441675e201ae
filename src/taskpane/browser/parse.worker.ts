/// <reference lib="webworker" />
/**
 * A helper of the pane worker: parses one worksheet's XML into values, so that after a ranking
 * the two large sheets PERF wrote (排名 and 核对) are read back side by side, not one after the other.
 */
import { isPerfError } from '../../engine/errors';
import { readWorksheetValues } from '../../host/xlsx/worksheet-read';

export interface ParseJob {
  id: number;
  /** The sheet's XML as UTF-8 bytes. */
  xml: Uint8Array;
  part: string;
  sharedStrings: string[];
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ParseJob>) => {
  const { id, xml, part, sharedStrings } = event.data;
  try {
    scope.postMessage({ id, value: readWorksheetValues(xml, part, sharedStrings) });
  } catch (e) {
    scope.postMessage({ id, error: { message: e instanceof Error ? e.message : String(e), perfKind: isPerfError(e) ? e.kind : undefined } });
  }
};
