/**
 * A fixed set of hostile files through the command line, each with the message a clerk
 * should get: never a stack trace, never an internal error, nothing written, the input as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clerkWorkbook, docxLike } from '../host/helpers/workbooks';
import { runCli } from '../cli/run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Deterministic bytes that are nothing in particular. */
function noise(n: number, seed = 7): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x >> 16;
  });
}

/** The head of an OLE compound file: what an .xls, an .et saved as Excel 97, or an encrypted .xlsx is. */
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(504)]);

const CASES: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
  ['a zero-byte file', () => new Uint8Array(0), /只能读取 \.xlsx\/\.xlsm：请在 Excel\/WPS 中另存为 \.xlsx/],
  ['random bytes', () => noise(4096), /只能读取 \.xlsx\/\.xlsm/],
  ['a CSV renamed .xlsx', () => new TextEncoder().encode('单位,总分\n甲局,90\n'), /只能读取 \.xlsx\/\.xlsm/],
  ['a truncated workbook (the first half of a real one)', async () => (await clerkWorkbook()).slice(0, 1500), /不是有效的 Excel 工作簿|已损坏|不完整/],
  ['an encrypted workbook or an old .xls (OLE compound file)', () => OLE, /旧版 \.xls 格式（或加密的工作簿）.*另存为/],
  ['a zip that is no workbook (a .docx)', () => docxLike(), /没有工作簿部件/],
];

describe('hostile files: a clear Chinese message, nothing written, the input unchanged', () => {
  for (const [what, make, message] of CASES) {
    it(what, async () => {
      const input = join(work, `${what.replace(/\W+/g, '-')}.xlsx`);
      writeFileSync(input, await make());
      const before = createHash('sha256').update(readFileSync(input)).digest('hex');
      const out = join(work, `${what.replace(/\W+/g, '-')}-out.xlsx`);
      const run = await runCli(['rank', input, '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/内部错误|\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(createHash('sha256').update(readFileSync(input)).digest('hex')).toBe(before);
    });
  }
});
