import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { DIST, distFile } from '../build/dist';
import { openBrowserVersion, requestsElsewhere, shoot } from '../browser/browser-page';
import { serveFolder } from '../browser/static-server';

let server: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  distFile('index.html');
  server = await serveFolder(DIST);
});
afterAll(async () => {
  await server?.close();
});

describe('新建模板 in the browser version', () => {
  it('downloads the chosen template and variant, protected when asked, without leaving the page’s origin', async () => {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'perf-template-browser-'));
    const { context, page, requests, pageErrors } = await openBrowserVersion(server.url, profile, 'zh-CN');
    try {
      await page.getByRole('heading', { name: '新建模板' }).waitFor();
      await page.getByTestId('template-choice').click();
      await page.getByRole('option', { name: '民主评估' }).click();
      await page.getByTestId('template-variant').click();
      await page.getByRole('option', { name: /市政府工作部门，满意/ }).click();
      await page.getByRole('checkbox', { name: /保护工作表/ }).check();
      expect(await shoot(page, 'zh-new-template')).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('new-template-button').click()]);
      expect(download.suggestedFilename()).toBe('民主评估-department-votes.xlsx');
      const saved = path.join(profile, 't.xlsx');
      await download.saveAs(saved);
      const sheets = await readWorkbook(new Uint8Array(readFileSync(saved)), 't.xlsx');
      expect(sheets[0].name).toBe('民主评估');
      expect(JSON.stringify(sheets[0].values)).toContain('满意');
      await expect.poll(() => page.getByRole('status').filter({ hasText: '已下载' }).count()).toBe(1);
      expect(requestsElsewhere(requests, server.url)).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
