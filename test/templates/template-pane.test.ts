import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { PaneController } from '../../src/taskpane/browser/controller';
import { browserStrings } from '../../src/taskpane/browser/strings';

function controller() {
  return new PaneController({
    openWorkbook: async () => {
      throw new Error('新建模板 opens no workbook');
    },
    rank: async () => {
      throw new Error('新建模板 ranks nothing');
    },
    now: () => new Date('2026-01-15T09:00:00Z'),
  });
}

describe('the browser version’s 新建模板', () => {
  it('offers the seven templates with their variants and downloads the one chosen, named after it', async () => {
    const pane = controller();
    const list = await pane.templates();
    expect(list.map((t) => t.name)).toEqual(['方案', '任务分解表', '机关效能', '察访核验台账', '民主评估', '领导评估', '综合评估汇总']);
    expect(list.find((t) => t.name === '民主评估')!.variants.map((v) => v.id)).toEqual(['county', 'department', 'county-votes', 'department-votes']);
    const file = await pane.newTemplate('综合评估汇总', 'department', true);
    expect(file.name).toBe('综合评估汇总-department.xlsx');
    const sheets = await readWorkbook(file.bytes, file.name);
    expect(sheets.map((s) => s.name)).toEqual(['方案', '综合评估汇总', 'PERF_RECORD']);
    expect((await pane.newTemplate('任务分解表', undefined, false)).name).toBe('任务分解表.xlsx');
  });

  it('has its words in both languages', () => {
    for (const text of Object.values(browserStrings)) {
      expect(text.newTemplateButton.length).toBeGreaterThan(0);
      expect(text.templateSaved('x.xlsx')).toContain('x.xlsx');
    }
    expect(browserStrings['zh-CN'].newTemplateButton).toBe('新建模板');
  });
});
