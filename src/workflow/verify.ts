import { readKeptSnapshot } from '../sheet/publish/snapshot-read';
import { SCHEME_KEY, sameCode, snapshotEntries, snapshotFromEntries, snapshotOf, verificationCode } from '../sheet/publish/snapshot';
import { describeChanges } from '../sheet/publish/snapshot-diff';
import type { SheetData } from '../sheet/source-table';
import type { Warning } from '../sheet/warning';
import { runRanking } from './rank';

export interface VerifyOptions {
  /** A code read off a printed page, to check against the file. */
  code?: string;
}

export type VerifyOutcome =
  | { ok: false; problems: Warning[] }
  | {
      ok: true;
      /** The posted result still matches the workbook's data and scheme (and the code given, if any). */
      matches: boolean;
      /** The code the posted sheets carry, and the code the workbook gives now. */
      posted: string;
      current: string;
      /** What differs, one Chinese line each: a code typed in, each changed unit and setting. */
      findings: string[];
    };

const problem = (message: string): VerifyOutcome => ({ ok: false, problems: [{ cell: '', message }] });

/** The scheme kept in the snapshot, as a scheme file (for runs whose rules were not the 方案 sheet). */
function keptSchemeFile(entries: { key: string; value: string }[]) {
  const scheme: Record<string, unknown> = { version: 1, name: '核对表中保存的方案' };
  for (const e of entries) if (e.key.startsWith(SCHEME_KEY)) scheme[e.key.slice(SCHEME_KEY.length)] = JSON.parse(e.value);
  return { name: '核对表中保存的方案', text: JSON.stringify(scheme) };
}

/**
 * Does a posted ranking still match the workbook it came from? The data and scheme are read
 * again, the 校验码 recomputed and held against the one kept on 核对 (and a code read off a
 * printed page); what changed is named from the snapshot. This detects changes, not a
 * forgery by someone who recomputes the code.
 */
export function verifyRanking(sheets: SheetData[], options: VerifyOptions = {}): VerifyOutcome {
  const check = sheets.find((s) => s.perfKind === 'check');
  if (!check)
    return problem('这个工作簿中没有 PERF 的“核对”工作表：它不是 PERF 一键排名的结果，或核对表已被删除。请打开一键排名生成的工作簿');
  const kept = readKeptSnapshot(check);
  if (!kept) return problem(`工作表“${check.name}”中找不到完整的校验快照（“六、校验快照”一块）：请重新运行一键排名后再核对`);

  const findings: string[] = [];
  if (options.code !== undefined && !sameCode(options.code, kept.code))
    findings.push(`输入的校验码 ${options.code} 与本文件公示的校验码 ${kept.code} 不同：该打印件不是由这个文件生成的，或公示后重新排名过`);
  if (verificationCode(snapshotFromEntries(kept.entries)) !== kept.code) findings.push('核对表中的校验快照与其校验码不符：快照在生成后被改动过');

  const rerun = runRanking(sheets, {
    sheet: kept.source,
    schemeFile: kept.origin === 'snapshot' ? keptSchemeFile(kept.entries) : undefined,
    now: new Date(0),
  });
  if (!rerun.ok) return { ok: false, problems: rerun.problems };
  const snapshot = snapshotOf(rerun.result);
  const current = verificationCode(snapshot);
  if (current !== kept.code) findings.push(...describeChanges(kept.entries, snapshotEntries(snapshot)));
  return { ok: true, matches: findings.length === 0, posted: kept.code, current, findings };
}
