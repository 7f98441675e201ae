/**
 * The posted sheets printed as a clerk prints them: LibreOffice headless → PDF, read back
 * with pdftotext, page by page; PNG renders under test-output/print/ to look at.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { XlsxWorkbook } from '../../src/host/xlsx';
import type { SheetPlan } from '../../src/sheet/plan';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';
import { loadFixture } from '../golden/fixtures';
import { hasPoppler, hasSoffice } from '../host/helpers/libreoffice';
import { printSheet, renderPages } from './print-helpers';

const NOW = new Date(Date.UTC(2026, 0, 5));
const run = !!process.env.CI || (hasSoffice && hasPoppler);
const squash = (s: string) => s.replace(/\s+/g, '');

async function postedOf(sheets: SheetData[], settings: Record<string, string>) {
  const outcome = runRanking(sheets, { settings, now: NOW });
  if (!outcome.ok) throw new Error(outcome.problems[0]!.message);
  const byKind = (k: string) => outcome.plan.sheets.find((s) => s.kind === k)!;
  return { outcome, ranking: byKind('ranking'), awards: byKind('awards') };
}

async function fixtureSheets(name: string) {
  const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(loadFixture(name).input)));
  return wb.readSheets();
}

function footerOf(page: string): string {
  return page.trim().split('\n').pop()!;
}

const KINDS = [
  ['county-seed002', {}, '2025年度各县（区）政府绩效评估结果'],
  ['city-departments', { awards: '综合奖:30%:优秀' }, '2025年度市政府工作部门绩效评估得分结果'],
  ['township-seed004', { bands: '优:90,良好:80,一般:75,差', 'deduction-cap': '3', awards: '先进单位:4:良好' }, '白莲镇2025年度村（居）绩效考评结果'],
  ['bureau-sections', { decimals: '2' }, null],
] as const;

describe.runIf(run)('posted sheets, printed through LibreOffice', () => {
  for (const [fixture, settings, title] of KINDS) {
    it(`${fixture}: one page each, the clerk's title, no warnings or setting names, page numbers and the 校验码 in the footer`, async () => {
      const { outcome, ranking, awards } = await postedOf(await fixtureSheets(fixture), settings);
      for (const plan of [ranking, awards]) {
        const printed = await printSheet(plan, `${fixture}-${plan.kind}`);
        renderPages(printed.pdf, `${fixture}-${plan.kind}`);
        expect(printed.pages, `${plan.name} should print on one page`).toHaveLength(1);
        const page = printed.pages[0]!;
        if (title) expect(squash(page)).toContain(plan.kind === 'ranking' ? title : title.replace(/结果$/, '表彰名单'));
        for (const w of outcome.warnings) expect(squash(page)).not.toContain(squash(w.message).slice(0, 20));
        expect(page).not.toMatch(/--[a-z]|PERF|需要核对|计算方案/);
        const footer = footerOf(page);
        expect(footer).toMatch(/制表：/);
        expect(footer).toMatch(/审核：/);
        expect(footer).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
        expect(footer).toMatch(/校验码 [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
        // signatures are in the footer only, never again in the sheet
        expect(page.match(/制表：/g)).toHaveLength(1);
      }
    });
  }

  it('表彰名单 names only the winners', async () => {
    const { outcome, awards } = await postedOf(await fixtureSheets('city-departments'), { awards: '综合奖:30%:优秀' });
    const page = squash((await printSheet(awards, 'winners')).pages[0]!);
    for (const u of outcome.result.units) {
      if (u.awards.length > 0) expect(page).toContain(u.name);
      else expect(page).not.toContain(u.name);
    }
  });

  it('a long ranking: the header on every page, no page of headers or closing lines alone, no category heading last on a page', async () => {
    const values: CellValue[][] = [['2025年度乡镇（街道）绩效考评汇总表'], ['乡镇', '类别', '指标考核(80%)', '公众评议(20%)']];
    const categories = ['一类乡镇', '二类乡镇', '街道'];
    for (let i = 0; i < 96; i++) values.push([`第${i + 1}乡镇`, categories[Math.floor(i / 32)]!, 60 + ((i * 37) % 40), 70 + ((i * 11) % 30)]);
    const sheet: SheetData = { name: '汇总', values, merges: [{ top: 0, left: 0, bottom: 0, right: 3 }], perfKind: null };
    const { ranking } = await postedOf([sheet], {});
    const printed = await printSheet(ranking, 'long-ranking');
    renderPages(printed.pdf, 'long-ranking');
    const pages = printed.pages;
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1} repeats the header`).toMatch(/名次\s+单位/);
      const units = page.match(/第\d+乡镇/g) ?? [];
      // a full page of units, except the last (which still has some above the closing lines)
      expect(units.length, `page ${i + 1} holds ${units.length} units`).toBeGreaterThanOrEqual(i === pages.length - 1 ? 3 : 20);
      expect(footerOf(page)).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages.length}\\s*页`));
      const lines = page.trim().split('\n').filter((l) => l.trim() !== '');
      const lastBody = lines[lines.length - 2]!;
      expect(lastBody, `page ${i + 1} must not end on a category heading`).not.toMatch(/（\d+ 个单位）\s*$/);
    });
    expect(pages[pages.length - 1]).toContain('说明：等次标准');
  });
});

describe('print layout, computed', () => {
  it('chooses landscape when portrait would print the body under 10 pt, and never scales past the page', async () => {
    const { ranking } = await postedOf(await fixtureSheets('county-seed002'), {});
    const narrow = await postedOf(await fixtureSheets('township-seed004'), {});
    const check = (plan: SheetPlan) => {
      expect(plan.print.scale).toBeGreaterThanOrEqual(10);
      expect(plan.print.scale).toBeLessThanOrEqual(100);
    };
    check(ranking);
    check(narrow.ranking);
    expect(ranking.print.orientation).toBe('landscape');
    expect(narrow.ranking.print.orientation).toBe('portrait');
    expect((11 * narrow.ranking.print.scale!) / 100).toBeGreaterThanOrEqual(10);
  });
});
