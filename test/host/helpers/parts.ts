import { DOMParser } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { unzip } from './workbooks';

/** The parts allowed to change when PERF writes into a clerk's workbook. */
export const ALLOWED_TO_CHANGE = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

/** Names of the original's parts that are missing or differ (as unzipped bytes) in the output. */
export function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzip(before);
  const b = unzip(after);
  return Object.keys(a).filter((name) => !b[name] || !sameBytes(a[name], b[name]));
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Parse one part of a zip; elements looked up by local name. */
export function partDoc(bytes: Uint8Array, path: string) {
  return new DOMParser().parseFromString(strFromU8(unzip(bytes)[path]), 'application/xml');
}

export function elements(bytes: Uint8Array, path: string, localName: string) {
  return Array.from(partDoc(bytes, path).getElementsByTagNameNS('*', localName));
}

/** Attribute set of each element, for comparing an original part's entries with the output's. */
export function attrsOf(bytes: Uint8Array, path: string, localName: string): Record<string, string>[] {
  return elements(bytes, path, localName).map((e) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < e.attributes.length; i++) out[e.attributes.item(i)!.name] = e.attributes.item(i)!.value;
    if (e.textContent) out['#text'] = e.textContent;
    return out;
  });
}

/** Every part of the workbook a plan writes into a clerk's file, as text, by name. */
export async function writtenParts(clerk: Uint8Array, plan: import('../../../src/sheet/plan').WritePlan): Promise<Record<string, string>> {
  const { XlsxWorkbook } = await import('../../../src/host/xlsx');
  const workbook = await XlsxWorkbook.open(clerk, 'clerk.xlsx');
  await workbook.apply(plan);
  return Object.fromEntries(Object.entries(unzip(await workbook.toBytes())).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
