import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { expectPdf, hasSoffice, toPdf } from '../host/helpers/libreoffice';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'perf-cli-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = (name: string) => join(__dirname, '..', 'fixtures', name);

describe.skipIf(!hasSoffice && !process.env.CI)('a workbook written by the command line opens in LibreOffice Calc', () => {
  it('converts the city departments’ ranking with 综合奖 and 单项奖 to PDF', async () => {
    const out = join(work, 'city.xlsx');
    const dir = fixture('city-departments-seed002');
    const r = await runCli(['rank', join(dir, 'input.xlsx'), '--scheme', join(dir, 'scheme.json'), '--out', out]);
    if (r.code !== 0) throw new Error(r.stderr);
    expectPdf(toPdf(new Uint8Array(readFileSync(out)), 'city-ranked.xlsx'));
  });
});
