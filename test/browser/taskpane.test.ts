import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, distFile, readDistJson } from '../build/dist';
import { firstSentence } from '../../scripts/zh-metadata';
import { openRecordedPage } from './browser-page';
import { serveFolder } from './static-server';

const SCREENSHOT = path.join(ROOT, 'test-output', 'taskpane.png');

let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let profile: string;

async function openPane(locale: string) {
  const opened = await openRecordedPage(`${server.url}taskpane.html`, profile, locale, { width: 360, height: 900 });
  context = opened.context;
  return opened;
}

beforeAll(async () => {
  distFile('taskpane.html');
  server = await serveFolder(DIST);
  profile = mkdtempSync(path.join(os.tmpdir(), 'perf-chromium-'));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the task pane in a plain browser', () => {
  it('shows the Chinese title, the "open in Excel" notice and every PERF function, loading nothing from elsewhere', async () => {
    const { page, requests, pageErrors } = await openPane('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('PERF 绩效考评助手');
    await expect.poll(() => page.getByText('请在 Excel 中打开').count()).toBe(1);

    const zh = readDistJson<{ functions: { id: string; description: string }[] }>('functions.zh-CN.json').functions;
    const items = page.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(zh.length);
    const texts = await items.allTextContents();
    zh.forEach((fn, i) => {
      expect(texts[i]).toContain(`PERF.${fn.id}`);
      expect(texts[i]).toContain(firstSentence(fn.description));
    });

    await page.waitForLoadState('networkidle');
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const elsewhere = requests.filter((url) => !url.startsWith(server.url) && !/^(data|blob):/.test(url));
    expect(elsewhere, 'requests that left 127.0.0.1').toEqual([]);
    expect(requests).toContain(`${server.url}office-js/office.js`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('falls back to English for an English browser, keeping the function ids', async () => {
    rmSync(profile, { recursive: true, force: true });
    mkdirSync(profile);
    const { page } = await openPane('en-US');
    await expect.poll(() => page.getByText('Please open this in Excel').count()).toBe(1);
    const en = readDistJson<{ functions: { id: string; description: string }[] }>('functions.json').functions;
    const texts = await page.getByRole('listitem').allTextContents();
    expect(texts[0]).toContain(`PERF.${en[0]!.id}`);
    expect(texts[0]).toContain(firstSentence(en[0]!.description));
    await context.close();
  });
});
