import type { WorkbookSettings } from '../engine/scheme/office';
import type { Scheme } from '../engine/scheme/types';
import type { WritePlan } from '../sheet/plan';

/**
 * A template is data: its name, what it is for, its variants, and the sheets it writes
 * (one definition, written by the command line and the browser version into .xlsx and
 * inserted by the Excel pane, all through the same WritePlan).
 */
export interface TemplateVariant {
  id: string;
  /** What the variant is, in the clerk's words ("县（区）政府：5/3/3/2/2"). */
  label: string;
}

export interface TemplateOptions {
  /** A variant id; the first variant when not given. */
  variant?: string;
  /** Lock formula and header cells (input cells stay unlocked); no password unless one is given. */
  protect?: boolean;
  password?: string;
}

export interface TemplateDefinition {
  /** The name the clerk types (perf template 任务分解表) and sees. */
  name: string;
  /** Other names accepted on the command line (an ASCII one for scripts). */
  aliases: readonly string[];
  /** One line: what it is for and where the rules come from. */
  purpose: string;
  variants: readonly TemplateVariant[];
  /** The sheets (with sample rows a clerk replaces) and PERF's record of the PERF formulas each computed cell should hold. */
  plan(variant: string): WritePlan;
  /**
   * For templates that write a 方案 (任务分解表, 领导评估, 察访核验台账, 综合评估汇总): the plan built on
   * a workbook's own 方案, which it rewrites with every rule and office block kept (adding a lookup
   * table it lacks). Without it, a template inserted into a workbook writes its own 方案.
   */
  planOn?(variant: string, base: TemplateBase): WritePlan;
}

/** A workbook's own 方案, read cleanly: the rules and the office's blocks. */
export interface TemplateBase {
  scheme: Scheme;
  settings: WorkbookSettings;
}
