import { invalid } from '../../engine/errors';
import type { ListValidation } from '../plan';

/** Excel's limits on a list validation, the same in files and through Office.js. */
const MAX_LIST_SOURCE = 255;
const MAX_ERROR = 255;
const MAX_TITLE = 32;

/** The source text of a list validation: "优秀,良好,一般" (both hosts take this form). */
export function listSource(v: ListValidation): string {
  const bad = v.values.find((x) => x.includes(',') || x.includes('"'));
  if (bad !== undefined) throw invalid(`下拉列表的选项“${bad}”含有逗号或引号，Excel 的下拉列表不能直接列出它。请换一个写法。`);
  const source = v.values.join(',');
  if (source.length > MAX_LIST_SOURCE) {
    throw invalid(`下拉列表的选项合计 ${source.length} 个字符，超过了 Excel 允许的 ${MAX_LIST_SOURCE} 个。请减少或缩短选项。`);
  }
  return source;
}

/** The error box's title and text, within what Excel shows. */
export function validationTexts(v: ListValidation): { title: string; error: string } {
  const title = v.errorTitle ?? '输入有误';
  if (title.length > MAX_TITLE || v.error.length > MAX_ERROR) {
    throw invalid(`下拉列表的提示标题最多 ${MAX_TITLE} 个字、提示内容最多 ${MAX_ERROR} 个字，现在是 ${title.length} 和 ${v.error.length} 个。请缩短提示。`);
  }
  return { title, error: v.error };
}
