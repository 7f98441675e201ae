import { describe, expect, it } from 'vitest';
import { excelInput, needsApostrophe } from '../../../src/host/office/cell-input';
import { isCellEditError, officeErrorMessage, toPerfError } from '../../../src/host/office/office-errors';
import { lookAreas } from '../../../src/host/office/style-areas';
import { invalid } from '../../../src/engine/errors';
import type { PlanCell } from '../../../src/sheet/plan';

describe('text entered into Excel', () => {
  it('gets an apostrophe only where Excel would read it as something else', () => {
    expect(['001', '=SUM(A1)', '+1', '-', 'TRUE', 'false', '2024-01-01', '3/5', '50%', '#N/A', '12:30', '（一）', 'Mar 5', "'x", '@home'].filter((t) => !needsApostrophe(t))).toEqual([]);
    expect(['东城区', '优秀', '得分未录入，未参加排名', 'R&D <notes> "quoted"', '第1名', 'Total', ''].filter(needsApostrophe)).toEqual([]);
    expect(excelInput('001')).toBe("'001");
    expect(excelInput(90.5)).toBe(90.5);
    expect(excelInput(null)).toBe('');
    expect(excelInput(false)).toBe(false);
  });
});

describe('Office errors in Chinese', () => {
  const office = (code: string) => Object.assign(new Error('english text for developers'), { code });

  it('says what happened and what to do, with the code for whoever helps', () => {
    expect(officeErrorMessage(office('ItemNotFound'), '写入排名')).toBe('PERF 写入排名时找不到要用的工作表或区域，它可能刚被删除或改名。请检查工作簿后重新运行。（Excel 错误：ItemNotFound）');
    expect(officeErrorMessage(office('InvalidOperationInCellEditMode'), '一键排名')).toBe(
      '请先结束单元格编辑：Excel 正在编辑一个单元格，PERF 无法一键排名。请按 Enter 键或点击其他单元格，然后再试。（Excel 错误：InvalidOperationInCellEditMode）',
    );
    expect(officeErrorMessage(office('RequestPayloadSizeLimitExceeded'), '写入排名')).toMatch(/^一次要写入 Excel 的数据太多，超过了网页版 Excel 每次 5 MB 的限制，PERF 未能写入排名。/);
  });

  it('never drops an unknown error or a plain exception', () => {
    expect(officeErrorMessage(office('BrandNewCode'), '读取工作表')).toMatch(/（Excel 错误：BrandNewCode）$/);
    expect(officeErrorMessage(new TypeError('x is undefined'), '读取工作表')).toMatch(/^PERF 读取工作表时 Excel 报告了错误.*（Excel 错误：x is undefined）$/);
    expect(officeErrorMessage('boom', '读取工作表')).toMatch(/（Excel 错误：boom）$/);
  });

  it("passes PERF's own messages through, and keeps the code for the pane", () => {
    const own = invalid('工作表“汇总”的 B3 不是数字');
    expect(toPerfError(own, '写入')).toBe(own);
    const wrapped = toPerfError(office('InvalidOperationInCellEditMode'), '写入');
    expect(isCellEditError(wrapped)).toBe(true);
    expect(isCellEditError(toPerfError(office('ItemNotFound'), '写入'))).toBe(false);
  });
});

describe('cells grouped by look', () => {
  const c = (style?: PlanCell['style'], locked?: boolean): PlanCell => ({ value: 1, ...(style ? { style } : {}), ...(locked !== undefined ? { locked } : {}) });

  it('joins a table into a rectangle per look: a title row, a header row, columns as bands', () => {
    const rows: PlanCell[][] = [[c('title'), c('title'), c('title')], [], [c('header'), c('header'), c('header')], ...Array.from({ length: 1000 }, () => [c('integer'), c('text'), c('number')])];
    const areas = lookAreas({ rows }).map((a) => [a.look.font.bold ?? false, a.rects]);
    expect(areas).toEqual([
      [true, [{ top: 0, left: 0, bottom: 0, right: 2 }]],
      [true, [{ top: 2, left: 0, bottom: 2, right: 2 }]],
      [false, [{ top: 3, left: 0, bottom: 1002, right: 0 }]],
      [false, [{ top: 3, left: 1, bottom: 1002, right: 1 }]],
      [false, [{ top: 3, left: 2, bottom: 1002, right: 2 }]],
    ]);
  });

  it('leaves plain cells alone and tells an unlocked cell from a locked one of the same style', () => {
    const areas = lookAreas({ rows: [[c(), c('text'), c('text', false)]] });
    expect(areas.map((a) => [a.look.locked, a.rects])).toEqual([
      [true, [{ top: 0, left: 1, bottom: 0, right: 1 }]],
      [false, [{ top: 0, left: 2, bottom: 0, right: 2 }]],
    ]);
  });
});
