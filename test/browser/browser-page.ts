import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../build/dist';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'test-output', 'pane');
export const NARROW = { width: 320, height: 760 };
export const WIDE = { width: 1280, height: 800 };

/**
 * Debian's Chromium, headless, on a page of ours, recording every request it makes and every
 * error the page throws; it waits for the page's first heading. Never a browser of its own.
 */
export async function openRecordedPage(url: string, profile: string, locale: string, viewport = WIDE) {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, requests, pageErrors };
}

/** The browser version (index.html), as a clerk opens it. */
export function openBrowserVersion(url: string, profile: string, locale: 'zh-CN' | 'en-US') {
  return openRecordedPage(url, profile, locale);
}

/** Requests that went anywhere but the page's own origin (blob: and data: stay in the page). */
export function requestsElsewhere(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !/^(blob|data):/.test(u));
}

/** The step's tab in the steps list (sheet tabs in the preview can carry the same words). */
export function stepTab(page: Page, stepsLabel: string, name: string) {
  return page.getByRole('tablist', { name: stepsLabel }).getByRole('tab', { name });
}

/**
 * Screenshots of the page as it stands at the Excel pane's width and at a full window; returns
 * the texts cut off at either width (see clippedTexts), which the tests expect to be none.
 */
export async function shoot(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const clipped: string[] = [];
  for (const [size, label] of [
    [NARROW, '320'],
    [WIDE, '1280'],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    // a step still loading shows a spinner: wait for the step itself
    await page.locator('.fui-Spinner').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await page.screenshot({ path: path.join(SHOTS, `${label}-${name}.png`), fullPage: true });
    clipped.push(...(await clippedTexts(page)).map((t) => `${label} px: ${t}`));
  }
  return clipped;
}

/** Elements whose text is cut off (wider than their box and not meant to scroll), outside the sheet preview. */
export async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.closest('[data-testid="sheet-preview"]') || el.children.length > 0 || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 1 && (style.overflowX === 'hidden' || style.textOverflow === 'ellipsis')) out.push(el.textContent.trim());
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > document.documentElement.clientWidth + 1 && !el.closest('[role="tablist"]')) out.push(`${el.textContent.trim()} (past the right edge)`);
    }
    return out;
  });
}
