import type { ColumnRole } from '../source-table';

/** What each column role is called for the clerk (command line, 核对, the pane). */
export const ROLE_WORDS: Record<ColumnRole, string> = {
  unit: '单位名称',
  category: '类别',
  total: '总分',
  component: '得分',
  deduction: '扣分',
  bonus: '加分',
  veto: '一票否决',
  exclude: '取消评优',
  other: '不参与计算',
};
