import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, distFile } from '../build/dist';
import { NARROW, WIDE, openBrowserVersion, stepTab } from './browser-page';
import { serveFolder } from './static-server';

/** axe-core (MPL-2.0, a devDependency), injected into the page under test. */
const AXE: string = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
    // Fluent's focus manager (Tabster) puts aria-hidden <i tabindex=0> sentinels around focus groups that hand focus
    // straight on: axe flags them as aria-hidden-focus, a known false positive for Fluent UI v9
    const context = { exclude: [['[data-tabster-dummy]']] };
    return (await axe.run(context as unknown as Document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext | undefined;
let profile: string;

beforeAll(async () => {
  distFile('index.html');
  server = await serveFolder(DIST);
  profile = mkdtempSync(path.join(os.tmpdir(), 'perf-axe-'));
});
afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('accessibility of the browser version (axe-core)', () => {
  it('has no serious or critical violations on any step, at 320 px and at 1280 px', async () => {
    const opened = await openBrowserVersion(server.url, profile, 'zh-CN');
    context = opened.context;
    const page = opened.page;
    const found: Record<string, string[]> = {};
    const check = async (step: string) => {
      for (const size of [NARROW, WIDE]) {
        await page.setViewportSize(size);
        // let Fluent's colour transitions settle: axe measures the colours on screen
        await page.waitForTimeout(400);
        const v = await seriousViolations(page);
        if (v.length > 0) found[`${size.width} ${step}`] = v;
      }
    };
    await check('打开工作簿');
    await page.getByRole('button', { name: '打开示例' }).click();
    await page.getByText('PERF 读取的汇总表：', { exact: false }).waitFor();
    await check('检查数据');
    await stepTab(page, '步骤', '一键排名').click();
    await page.getByRole('button', { name: '一键排名' }).click();
    await page.getByTestId('units-ranked').waitFor();
    await check('一键排名');
    for (const step of ['方案', '说明', '图表', '下载结果', '套用到现有表格']) {
      await stepTab(page, '步骤', step).click();
      await page.getByRole('tabpanel').waitFor();
      await page.waitForTimeout(200);
      await check(step);
    }
    expect(found).toEqual({});
  });
});
