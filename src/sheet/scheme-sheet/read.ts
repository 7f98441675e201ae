import { CellValue, quote, readCell } from '../../engine/cell';
import { fromExcel, show } from '../../engine/decimal';
import { isPerfError } from '../../engine/errors';
import { readYesNo } from '../../engine/yesno';
import { canonicalCount } from '../../engine/scheme/access';
import { DISTRIBUTION_DEFAULTS, defaultScheme } from '../../engine/scheme/defaults';
import type { Locate } from '../../engine/scheme/report';
import type {
  AwardTier,
  ComponentRule,
  DistributionRule,
  PlaceAwardRule,
  Scheme,
  SchemeBand,
  SingleAwardRule,
} from '../../engine/scheme/types';
import {
  Choice,
  METHOD_WORDS,
  ROUNDING_WORDS,
  SCOPE_WORDS,
  TIES_WORDS,
  VACANCY_WORDS,
  VETO_WORDS,
  WEIGHT_UNIT_WORDS,
  choiceOf,
  labelOf,
  labelsText,
} from '../../engine/scheme/words';
import { cellAddress } from '../address';
import type { SheetData } from '../source-table';
import type { Warning } from '../warning';
import {
  BLOCKS,
  BlockDef,
  BlockId,
  SETTINGS,
  blockDef,
  blockOfTitle,
  columnOfHeader,
  looksLikeFractions,
  settingOfLabel,
  splitList,
} from './layout';

export interface SchemeSheetRead {
  scheme: Scheme;
  /** JSON path → the 方案 cell that holds it ("components[2].weight" → "方案!B12"); unknown paths fall back to their block. */
  locate: Locate;
  /** Rows or cells the reader passed over, and settings left at their default. */
  warnings: Warning[];
  /**
   * Cells whose value cannot be used (保留小数 “两位”, a yes/no cell holding 1.5). Values that
   * the scheme can carry as written (a weight “约十五”, an unknown 排名方式) are left for
   * validateScheme, which names their cells through `locate`. Both block a run.
   */
  errors: Warning[];
}

/**
 * Read the 方案 sheet back into a scheme, tolerant of a clerk's edits: rows added or removed
 * inside a block, blank rows, full-width digits, "40%" or 0.4, blank optional cells. Blocks
 * and columns are found by their words, not by position.
 */
export function schemeFromSheet(sheet: SheetData): SchemeSheetRead {
  return new SheetReader(sheet).read();
}

interface Block {
  def: BlockDef;
  title: { row: number; col: number };
  header: number | null;
  columns: Map<string, number>;
  rows: number[];
}

function rawText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? show(fromExcel(v)) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).replace(/[\u00A0\u3000]/g, ' ').trim();
}

/** A number written in a scheme cell as a decimal string; a percentage as "40%"; other text as written (validation names it). */
function decimalText(v: CellValue): string {
  const c = readCell(v);
  if (c.kind === 'number') return c.percent ? `${show(c.value.times(100))}%` : show(c.value);
  return rawText(v);
}

function countText(v: CellValue): string {
  const c = readCell(v);
  if (c.kind === 'number' && c.percent) return `${show(c.value.times(100))}%`;
  return canonicalCount(c.kind === 'number' ? show(c.value) : rawText(v));
}

class SheetReader {
  private readonly grid: CellValue[][];
  private readonly paths = new Map<string, string>();
  private readonly warnings: Warning[] = [];
  private readonly errors: Warning[] = [];
  private readonly scheme: Scheme = defaultScheme();
  private readonly blocks = new Map<BlockId, Block>();
  /** Sheet position of each warning, to list them top to bottom. */
  private readonly order = new Map<Warning, number>();

  constructor(private readonly sheet: SheetData) {
    this.grid = sheet.values;
  }

  read(): SchemeSheetRead {
    this.paths.set('', this.addr(0, 0));
    this.findBlocks();
    this.readSettings();
    this.readComponents();
    this.readBands();
    this.readCategories();
    const places = this.readPlaces();
    const singles = this.readSingles(places.length);
    this.scheme.awards = [...places, ...singles];
    this.readDistribution();
    const paths = this.paths;
    const locate: Locate = (path) => {
      let p = path;
      for (;;) {
        const hit = paths.get(p);
        if (hit !== undefined) return hit;
        if (p === '') return paths.get('')!;
        const cut = p.replace(/(\[[^\]]*\]|\.[^.[\]]*)$/, '');
        p = cut === p ? '' : cut;
      }
    };
    const warnings = [...this.warnings].sort((a, b) => (this.order.get(a) ?? -1) - (this.order.get(b) ?? -1));
    return { scheme: this.scheme, locate, warnings, errors: this.errors };
  }

  private addr(row: number, col: number): string {
    return cellAddress(this.sheet.name, row, col);
  }

  private raw(row: number, col: number | undefined): CellValue {
    return col === undefined ? null : this.grid[row]?.[col];
  }

  private blankRow(row: number): boolean {
    return (this.grid[row] ?? []).every((v) => readCell(v).kind === 'blank');
  }

  private warn(row: number, col: number, message: string) {
    const cell = this.addr(row, col);
    const w = { cell, message: `${cell} ${message}` };
    this.warnings.push(w);
    this.order.set(w, row * 1e4 + col);
  }

  private fail(row: number, col: number, message: string) {
    const cell = this.addr(row, col);
    this.errors.push({ cell, message: `${cell} ${message}` });
  }

  /** Title rows: one text cell naming a block, the rest of the row blank. */
  private findBlocks() {
    const titles: { id: BlockId; row: number; col: number }[] = [];
    this.grid.forEach((cells, row) => {
      const filled = (cells ?? []).map((v, col) => ({ v, col })).filter((x) => readCell(x.v).kind !== 'blank');
      if (filled.length !== 1 || typeof filled[0].v !== 'string') return;
      const id = blockOfTitle(filled[0].v);
      if (id) titles.push({ id, row, col: filled[0].col });
    });
    titles.forEach((t, i) => {
      const end = i + 1 < titles.length ? titles[i + 1].row : this.grid.length;
      if (this.blocks.has(t.id)) {
        this.warn(t.row, t.col, `“${blockDef(t.id).title}”块出现了两次：只读取第一个（${this.addr(this.blocks.get(t.id)!.title.row, this.blocks.get(t.id)!.title.col)}），这一块被忽略。请合并两块`);
        return;
      }
      this.blocks.set(t.id, this.readBlock(blockDef(t.id), t.row, t.col, end));
    });
    for (const def of BLOCKS)
      if (!this.blocks.has(def.id) && def.id !== 'distribution')
        this.warnings.push({
          cell: this.addr(0, 0),
          message: `${this.addr(0, 0)} 方案表中找不到“${def.title}”块：按默认处理。如需设置，请按 PERF 生成的方案表格式添加这一块`,
        });
  }

  private readBlock(def: BlockDef, titleRow: number, titleCol: number, end: number): Block {
    const block: Block = { def, title: { row: titleRow, col: titleCol }, header: null, columns: new Map(), rows: [] };
    const need = Math.min(2, def.columns.length);
    for (let r = titleRow + 1; r < Math.min(end, titleRow + 5) && block.header === null; r++) {
      const found = new Map<string, number>();
      (this.grid[r] ?? []).forEach((v, c) => {
        if (typeof v !== 'string') return;
        const key = columnOfHeader(def, v);
        if (key && !found.has(key)) found.set(key, c);
      });
      if (found.size >= need) {
        block.header = r;
        block.columns = found;
      }
    }
    if (block.header === null) {
      this.warn(titleRow, titleCol, `“${def.title}”块下面找不到表头行（${def.columns.map((c) => c.header).join('、')}）：这一块未读取，按默认处理。请恢复表头`);
      return block;
    }
    for (let r = block.header + 1; r < end; r++) {
      if (this.blankRow(r) || this.isNoteRow(r)) continue;
      const other = this.headerOf(r);
      if (other) {
        this.warn(r, block.title.col, `这一行看起来是“${other.title}”块的表头，但上面没有“${other.title}”标题行：已忽略。请恢复标题行“${other.title}”`);
        continue;
      }
      block.rows.push(r);
    }
    return block;
  }

  /** One of PERF's own explanation rows (written under each block title). */
  private isNoteRow(row: number): boolean {
    const filled = (this.grid[row] ?? []).filter((v) => readCell(v).kind !== 'blank');
    const only = filled.length === 1 ? filled[0] : null;
    return typeof only === 'string' && BLOCKS.some((b) => b.note !== '' && b.note === only.trim());
  }

  /** The block whose header this row is (at least three of its column words), if any. */
  private headerOf(row: number): BlockDef | null {
    for (const def of BLOCKS) {
      const keys = new Set<string>();
      for (const v of this.grid[row] ?? []) if (typeof v === 'string') keys.add(columnOfHeader(def, v) ?? '');
      keys.delete('');
      if (keys.size >= Math.min(3, def.columns.length)) return def;
    }
    return null;
  }

  private blockPath(path: string, id: BlockId, column?: string) {
    const b = this.blocks.get(id);
    if (!b) return;
    const col = column !== undefined && b.header !== null ? b.columns.get(column) : undefined;
    this.paths.set(path, col !== undefined ? this.addr(b.header!, col) : this.addr(b.title.row, b.title.col));
  }

  /** The cell of a column in a data row, registering its address under `path`. */
  private cell(b: Block, row: number, key: string, path?: string): CellValue {
    const col = b.columns.get(key);
    if (path !== undefined && col !== undefined) this.paths.set(path, this.addr(row, col));
    return this.raw(row, col);
  }

  private col(b: Block, key: string): number {
    return b.columns.get(key) ?? b.title.col;
  }

  private readSettings() {
    const b = this.blocks.get('settings');
    if (!b) return;
    this.blockPath('name', 'settings');
    const seen = new Set<string>();
    for (const row of b.rows) {
      const labelRaw = this.cell(b, row, 'key');
      const label = rawText(labelRaw);
      const def = settingOfLabel(label);
      if (!def) {
        if (label) this.warn(row, this.col(b, 'key'), `“${label}”不是认识的设置项：已忽略。可用的设置项见 PERF 生成的方案表`);
        continue;
      }
      if (seen.has(def.path)) {
        this.warn(row, this.col(b, 'key'), `设置项“${def.label}”写了两次：以第一次为准，这一行被忽略`);
        continue;
      }
      seen.add(def.path);
      const v = this.cell(b, row, 'value', def.path);
      this.applySetting(def.path, def.label, v, row, this.col(b, 'value'));
    }
    for (const def of SETTINGS)
      if (!seen.has(def.path)) {
        this.blockPath(def.path, 'settings');
        this.warn(b.title.row, b.title.col, `基本设置中没有“${def.label}”一行：按默认值处理。如需设置，请添加这一行`);
      }
  }

  private choice<T extends string>(choices: readonly Choice<T>[], v: CellValue, fallback: T, what: string, row: number, col: number): T {
    const t = rawText(v);
    if (t === '') {
      this.warn(row, col, `${what}为空：按默认的“${labelOf(choices, fallback)}”处理。可填 ${labelsText(choices)}`);
      return fallback;
    }
    return choiceOf(choices, t) ?? (t as T); // unknown words are reported by validateScheme
  }

  private yesNo(v: CellValue, fallback: boolean, what: string, row: number, col: number): boolean {
    try {
      return readYesNo(v, what).yes;
    } catch (e) {
      if (!isPerfError(e)) throw e;
      this.fail(row, col, `${what} ${quote(v)} 无法识别：请填写 是 或 否`);
      return fallback;
    }
  }

  private wholeOrBlank(v: CellValue, what: string, fix: string, row: number, col: number): number | null {
    const c = readCell(typeof v === 'string' ? v.replace(/[位个名]\s*$/, '') : v);
    if (c.kind === 'blank') return null;
    if (c.kind === 'number' && !c.percent && c.value.isInteger() && !c.value.isNegative()) return c.value.toNumber();
    this.fail(row, col, `${what} ${quote(v)} 无法识别：${fix}`);
    return null;
  }

  private applySetting(path: string, label: string, v: CellValue, row: number, col: number) {
    const s = this.scheme;
    const d = defaultScheme();
    switch (path) {
      case 'name':
        s.name = rawText(v);
        return;
      case 'fullScore':
        s.fullScore = decimalText(v);
        return;
      case 'weightUnit':
        s.weightUnit = this.choice(WEIGHT_UNIT_WORDS, v, d.weightUnit, label, row, col);
        return;
      case 'decimals':
        s.decimals = this.wholeOrBlank(v, label, '请填写 0 到 10 之间的整数（如 2），不舍入请留空', row, col);
        return;
      case 'ranking.method':
        s.ranking.method = this.choice(METHOD_WORDS, v, d.ranking.method, label, row, col);
        return;
      case 'ranking.byCategory':
        s.ranking.byCategory = this.yesNo(v, d.ranking.byCategory, label, row, col);
        return;
      case 'ranking.tieBreak':
        s.ranking.tieBreak = splitList(rawText(v));
        return;
      case 'deductionCap':
        s.deductionCap = rawText(v) === '' ? null : decimalText(v);
        return;
      case 'bonusCap':
        s.bonusCap = rawText(v) === '' ? null : decimalText(v);
        return;
      case 'veto.effect':
        s.veto.effect = this.choice(VETO_WORDS, v, d.veto.effect, label, row, col);
        return;
      case 'awardSettings.quotaRounding':
        s.awardSettings.quotaRounding = this.choice(ROUNDING_WORDS, v, d.awardSettings.quotaRounding, label, row, col);
        return;
      case 'awardSettings.vacancy':
        s.awardSettings.vacancy = this.choice(VACANCY_WORDS, v, d.awardSettings.vacancy, label, row, col);
        return;
      case 'awardSettings.exclusive':
        s.awardSettings.exclusive = this.yesNo(v, d.awardSettings.exclusive, label, row, col);
        return;
      case 'awardSettings.maxSinglePerUnit': {
        const n = this.wholeOrBlank(v, label, '请填写 1 或更大的整数，不限请留空', row, col);
        s.awardSettings.maxSinglePerUnit = n;
        return;
      }
    }
  }

  private readComponents() {
    const b = this.blocks.get('components');
    this.blockPath('components', 'components', 'weight');
    if (!b || b.header === null) return;
    interface Node {
      rule: ComponentRule;
      row: number;
      parentName: string;
      parent: Node | null;
      children: Node[];
      weightRaw: CellValue;
    }
    const nodes: Node[] = [];
    for (const row of b.rows) {
      const name = rawText(this.cell(b, row, 'name'));
      const weightRaw = this.cell(b, row, 'weight');
      const column = rawText(this.cell(b, row, 'column'));
      const parentName = rawText(this.cell(b, row, 'parent'));
      const rule: ComponentRule = { name, weight: '' };
      if (column) rule.column = column;
      nodes.push({ rule, row, parentName, parent: null, children: [], weightRaw });
    }
    const roots: Node[] = [];
    nodes.forEach((n, i) => {
      if (n.parentName) {
        let parent: Node | null = null;
        for (let j = i - 1; j >= 0 && !parent; j--) if (nodes[j].rule.name === n.parentName) parent = nodes[j];
        if (parent) {
          n.parent = parent;
          parent.children.push(n);
          return;
        }
        this.warn(n.row, this.col(b, 'parent'), `上级“${n.parentName}”不在上面的行中：“${n.rule.name}”按顶层项目处理。请把上级项目写在它的下级之前，名称保持一致`);
      }
      roots.push(n);
    });
    // Percent weights written as fractions (0.8 / 0.2) are multiplied by 100.
    const topNumbers = roots.map((n) => readCell(n.weightRaw)).filter((c) => c.kind === 'number' && !c.percent);
    const fractions =
      this.scheme.weightUnit === 'percent' &&
      topNumbers.length === roots.length &&
      looksLikeFractions(topNumbers.map((c) => (c.kind === 'number' ? c.value : (0 as never))));
    for (const n of nodes) {
      const c = readCell(n.weightRaw);
      if (c.kind === 'number' && c.percent) n.rule.weight = this.scheme.weightUnit === 'percent' ? show(c.value.times(100)) : `${show(c.value.times(100))}%`;
      else if (c.kind === 'number' && fractions) n.rule.weight = show(c.value.times(100));
      else n.rule.weight = decimalText(n.weightRaw);
    }
    const build = (list: Node[], prefix: string): ComponentRule[] =>
      list.map((n, i) => {
        const path = `${prefix}[${i}]`;
        this.paths.set(path, this.addr(n.row, this.col(b, 'name')));
        this.paths.set(`${path}.name`, this.addr(n.row, this.col(b, 'name')));
        this.paths.set(`${path}.weight`, this.addr(n.row, this.col(b, 'weight')));
        this.paths.set(`${path}.column`, this.addr(n.row, this.col(b, 'column')));
        if (n.children.length > 0) n.rule.children = build(n.children, `${path}.children`);
        return n.rule;
      });
    this.scheme.components = build(roots, 'components');
  }

  private readBands() {
    const b = this.blocks.get('bands');
    this.blockPath('bands', 'bands');
    if (!b || b.header === null) return;
    const bands: SchemeBand[] = [];
    const rows: number[] = [];
    for (const row of b.rows) {
      const i = bands.length;
      const label = rawText(this.cell(b, row, 'label', `bands[${i}].label`));
      const minRaw = this.cell(b, row, 'min', `bands[${i}].min`);
      const maxRaw = this.cell(b, row, 'max', `bands[${i}].max`);
      this.paths.set(`bands[${i}]`, this.addr(row, this.col(b, 'label')));
      const band: SchemeBand = { label, min: rawText(minRaw) === '' ? null : decimalText(minRaw) };
      if (rawText(maxRaw) !== '') band.max = decimalText(maxRaw);
      bands.push(band);
      rows.push(row);
    }
    // A band written with only an upper bound takes its lower bound from the next band's upper bound.
    bands.forEach((band, i) => {
      const next = bands[i + 1];
      if (band.min !== null || band.max === undefined || !next || next.max === undefined) return;
      band.min = next.max;
      this.warn(rows[i], this.col(b, 'min'), `等次“${band.label}”的下限留空：按下一等次“${next.label}”的上限 ${next.max} 处理（等次只按下限划分）。如不对，请填写下限`);
    });
    this.scheme.bands = bands;
  }

  private readCategories() {
    const b = this.blocks.get('categories');
    this.blockPath('categories', 'categories', 'name');
    if (!b || b.header === null) return;
    const out: string[] = [];
    for (const row of b.rows) {
      const name = rawText(this.raw(row, b.columns.get('name')));
      if (!name) continue;
      this.paths.set(`categories[${out.length}]`, this.addr(row, this.col(b, 'name')));
      out.push(name);
    }
    this.scheme.categories = out;
  }

  private readPlaces(): PlaceAwardRule[] {
    const b = this.blocks.get('places');
    this.blockPath('awards', 'places');
    if (!b || b.header === null) return [];
    const rules: PlaceAwardRule[] = [];
    let rule: PlaceAwardRule | null = null;
    let ruleKey = '';
    let scopeSet = false;
    let tier: AwardTier | null = null;
    for (const row of b.rows) {
      const keyText = rawText(this.raw(row, b.columns.get('rule')));
      if (!rule || (keyText !== '' && keyText !== ruleKey)) {
        rule = { kind: 'places', categories: [], tiers: [] };
        rules.push(rule);
        ruleKey = keyText || ruleKey || '1';
        scopeSet = false;
        tier = null;
        const p = `awards[${rules.length - 1}]`;
        this.paths.set(p, this.addr(row, this.col(b, 'rule')));
        this.paths.set(`${p}.tiers`, this.addr(row, this.col(b, 'rule')));
        this.paths.set(`${p}.categories`, this.addr(row, this.col(b, 'scope')));
      }
      const p = `awards[${rules.length - 1}]`;
      const scope = rawText(this.raw(row, b.columns.get('scope')));
      if (scope && !scopeSet) {
        rule.categories = splitList(scope);
        scopeSet = true;
        this.paths.set(`${p}.categories`, this.addr(row, this.col(b, 'scope')));
      } else if (scope && splitList(scope).join('、') !== rule.categories.join('、'))
        this.warn(row, this.col(b, 'scope'), `同一规则的适用类别写了两个不同的值：以第一行“${rule.categories.join('、')}”为准。请只在规则的第一行填写适用类别`);
      const name = rawText(this.raw(row, b.columns.get('name')));
      const cat = rawText(this.raw(row, b.columns.get('category')));
      const countRaw = this.raw(row, b.columns.get('count'));
      const minGrade = rawText(this.raw(row, b.columns.get('minGrade')));
      const continues = tier !== null && cat !== '' && typeof tier.count !== 'string' && (name === '' || name === tier.name);
      if (continues && tier && typeof tier.count !== 'string') {
        const tp = `${p}.tiers[${rule.tiers.length - 1}]`;
        if (Object.keys(tier.count).includes(cat)) {
          this.warn(row, this.col(b, 'category'), `“${tier.name}”的类别“${cat}”写了两行：以第一行为准，这一行被忽略`);
          continue;
        }
        tier.count[cat] = countText(countRaw);
        this.paths.set(`${tp}.count.${cat}`, this.addr(row, this.col(b, 'count')));
        if (minGrade && minGrade !== (tier.minGrade ?? ''))
          this.warn(row, this.col(b, 'minGrade'), `“${tier.name}”各类别的最低等次不同（“${tier.minGrade ?? '不限'}”与“${minGrade}”）：同一奖项只能有一个最低等次，以第一行为准`);
        continue;
      }
      if (name === '') {
        this.warn(row, this.col(b, 'name'), '这一行没有奖项名称：已忽略。请填写奖项名称（如 一等奖），或删除这一行');
        continue;
      }
      const tp = `${p}.tiers[${rule.tiers.length}]`;
      tier = { name, count: cat === '' ? countText(countRaw) : { [cat]: countText(countRaw) }, minGrade: minGrade === '' ? null : minGrade };
      rule.tiers.push(tier);
      this.paths.set(tp, this.addr(row, this.col(b, 'name')));
      this.paths.set(`${tp}.name`, this.addr(row, this.col(b, 'name')));
      this.paths.set(`${tp}.count`, this.addr(row, this.col(b, 'count')));
      if (cat !== '') this.paths.set(`${tp}.count.${cat}`, this.addr(row, this.col(b, 'count')));
      this.paths.set(`${tp}.minGrade`, this.addr(row, this.col(b, 'minGrade')));
    }
    return rules;
  }

  private readSingles(offset: number): SingleAwardRule[] {
    const b = this.blocks.get('singles');
    if (!b || b.header === null) return [];
    return b.rows.map((row, j) => {
      const p = `awards[${offset + j}]`;
      this.paths.set(p, this.addr(row, this.col(b, 'name')));
      const name = rawText(this.cell(b, row, 'name', `${p}.name`));
      const area = rawText(this.cell(b, row, 'area', `${p}.area`));
      const count = countText(this.cell(b, row, 'count', `${p}.count`));
      const minGrade = rawText(this.cell(b, row, 'minGrade', `${p}.minGrade`));
      const rankBy = rawText(this.cell(b, row, 'rankBy', `${p}.rankBy`));
      const eligible = splitList(rawText(this.cell(b, row, 'eligible', `${p}.eligible`)));
      return {
        kind: 'single',
        name,
        ...(area ? { area } : {}),
        eligible,
        count,
        minGrade: minGrade || null,
        rankBy: rankBy || null,
      };
    });
  }

  private readDistribution() {
    const b = this.blocks.get('distribution');
    this.blockPath('distribution', 'distribution');
    if (!b || b.header === null) return;
    this.scheme.distribution = b.rows.map((row, i): DistributionRule => {
      const p = `distribution[${i}]`;
      this.paths.set(p, this.addr(row, this.col(b, 'grade')));
      const grade = rawText(this.cell(b, row, 'grade', `${p}.grade`));
      const share = this.cell(b, row, 'maxShare', `${p}.maxShare`);
      const scope = this.cell(b, row, 'scope', `${p}.scope`);
      const rounding = this.cell(b, row, 'rounding', `${p}.rounding`);
      const ties = this.cell(b, row, 'ties', `${p}.ties`);
      return {
        grade,
        maxShare: decimalText(share),
        scope: this.choice(SCOPE_WORDS, scope, DISTRIBUTION_DEFAULTS.scope, '强制分布的范围', row, this.col(b, 'scope')),
        rounding: this.choice(ROUNDING_WORDS, rounding, DISTRIBUTION_DEFAULTS.rounding, '强制分布的名额取整', row, this.col(b, 'rounding')),
        ties: this.choice(TIES_WORDS, ties, DISTRIBUTION_DEFAULTS.ties, '强制分布的并列处理', row, this.col(b, 'ties')),
      };
    });
  }
}
