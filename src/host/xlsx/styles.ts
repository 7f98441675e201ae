import type { PlanCell } from '../../sheet/plan';
import { argb, lookOf, type CellLook } from '../../sheet/write/looks';
import { childElements, createLike, firstChild, parseXml, serializeXml, type Document, type Element } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * The workbook's styles part, to which PERF only appends: existing fonts, fills,
 * borders, number formats and cell formats keep their indices. An identical
 * entry already present (from an earlier run) is reused, so re-running does not
 * grow the file.
 */
export class StyleBook {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly cache = new Map<string, number>();
  changed = false;
  /** True when the workbook had no styles part and this one must be added. */
  readonly created: boolean;

  constructor(xml: string | null, part: string) {
    this.created = xml === null;
    this.doc = parseXml(xml ?? EMPTY_STYLES, part);
    this.root = this.doc.documentElement!;
  }

  /** The cellXfs index for a plan cell's look and number format; 0 (the workbook's default) for neither. */
  xfFor(cell: Pick<PlanCell, 'style' | 'numFmt' | 'locked'>): number {
    const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
    const look = lookOf(cell);
    if (!cell.style && !fmt && look.locked) return 0;
    const key = `${JSON.stringify(look)}\u0000${fmt ?? ''}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = fmt ? this.numFmtId(fmt) : 0;
    const fontId = this.fontId(look);
    const fillId = look.fill ? this.addOrReuse('fills', this.fillEl(argb(look.fill))) : 0;
    const borderId = look.border ? this.addOrReuse('borders', this.borderEl(look.border)) : 0;
    const aligned = Boolean(look.horizontal || look.vertical || look.wrap);
    const xf = this.el('xf', {
      numFmtId: String(numFmtId),
      fontId: String(fontId),
      fillId: String(fillId),
      borderId: String(borderId),
      xfId: '0',
      applyNumberFormat: numFmtId ? '1' : null,
      applyFont: fontId ? '1' : null,
      applyFill: fillId ? '1' : null,
      applyBorder: borderId ? '1' : null,
      applyAlignment: aligned ? '1' : null,
      applyProtection: look.locked ? null : '1',
    });
    if (aligned) {
      xf.appendChild(
        this.el('alignment', {
          horizontal: look.horizontal ?? null,
          vertical: look.vertical ?? null,
          wrapText: look.wrap ? '1' : null,
        }),
      );
    }
    if (!look.locked) xf.appendChild(this.el('protection', { locked: '0' }));
    const index = this.addOrReuse('cellXfs', xf);
    this.cache.set(key, index);
    return index;
  }

  /**
   * The cellXfs index of an existing cell format with another number format (a new
   * column 套用 adds looks like its neighbour, but a rank shows "0"): appended, the
   * original kept.
   */
  withNumFmt(xfIndex: number, numFmt: string): number {
    const xfs = childElements(this.section('cellXfs'), 'xf');
    const base = xfs[xfIndex] ?? xfs[0];
    const numFmtId = numFmt === 'General' ? 0 : this.numFmtId(numFmt);
    if (!base) return this.xfFor({ numFmt });
    if (Number(base.getAttribute('numFmtId') ?? 0) === numFmtId) return xfIndex;
    const xf = base.cloneNode(true) as Element;
    xf.setAttribute('numFmtId', String(numFmtId));
    xf.setAttribute('applyNumberFormat', '1');
    return this.addOrReuse('cellXfs', xf);
  }

  /** The dxfs index of a conditional format's look (fill, font colour). */
  dxfFor(fill: string, fontColor?: string): number {
    const children: Element[] = [];
    if (fontColor) children.push(this.el('font', {}, this.el('color', { rgb: argb(fontColor) })));
    children.push(this.el('fill', {}, this.el('patternFill', { patternType: 'solid' }, this.el('bgColor', { rgb: argb(fill) }))));
    return this.addOrReuse('dxfs', this.el('dxf', {}, ...children));
  }

  toXml(): string {
    return serializeXml(this.doc);
  }

  private el(name: string, attrs: Record<string, string | null> = {}, ...children: Element[]): Element {
    const e = createLike(this.doc, this.root, name);
    for (const [k, v] of Object.entries(attrs)) if (v !== null) e.setAttribute(k, v);
    for (const c of children) e.appendChild(c);
    return e;
  }

  private section(name: string): Element {
    const found = firstChild(this.root, name);
    if (found) return found;
    const created = this.el(name, { count: '0' });
    if (name === 'fills') {
      created.appendChild(this.fillPattern('none'));
      created.appendChild(this.fillPattern('gray125'));
    }
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1);
    let before: Element | null = null;
    for (let n = this.root.firstChild; n && !before; n = n.nextSibling) {
      if (n.nodeType === 1 && later.includes((n as Element).localName ?? '')) before = n as Element;
    }
    this.root.insertBefore(created, before);
    this.setCount(created);
    this.changed = true;
    return created;
  }

  private setCount(section: Element): void {
    const n = Array.from(section.childNodes).filter((c) => c.nodeType === 1).length;
    section.setAttribute('count', String(n));
  }

  private addOrReuse(sectionName: string, item: Element): number {
    const section = this.section(sectionName);
    const items = childElements(section, item.localName ?? '');
    const wanted = serializeXml(item);
    const same = items.findIndex((e) => serializeXml(e) === wanted);
    if (same >= 0) return same;
    section.appendChild(item);
    this.setCount(section);
    this.changed = true;
    return items.length;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const existing = firstChild(this.root, 'numFmts');
    const fmts = existing ? childElements(existing, 'numFmt') : [];
    const same = fmts.find((f) => f.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const id = Math.max(163, ...fmts.map((f) => Number(f.getAttribute('numFmtId')) || 0)) + 1;
    const section = this.section('numFmts');
    section.appendChild(this.el('numFmt', { numFmtId: String(id), formatCode: code }));
    this.setCount(section);
    this.changed = true;
    return id;
  }

  /** The workbook's default font (so a 宋体 workbook stays 宋体) with this look's changes. */
  private fontId(look: CellLook): number {
    const { bold, italic, size, color } = look.font;
    if (!bold && !italic && !size && !color) return 0;
    const fonts = this.section('fonts');
    const base = childElements(fonts, 'font')[0];
    const font = base ? (base.cloneNode(true) as Element) : this.el('font', {}, this.el('sz', { val: '11' }));
    for (const name of ['b', 'i', ...(color ? ['color'] : []), ...(size ? ['sz'] : [])]) {
      for (const e of childElements(font, name)) font.removeChild(e);
    }
    const first = font.firstChild;
    if (bold) font.insertBefore(this.el('b'), first);
    if (italic) font.insertBefore(this.el('i'), first);
    if (size) font.insertBefore(this.el('sz', { val: String(size) }), first);
    if (color) font.insertBefore(this.el('color', { rgb: argb(color) }), first);
    return this.addOrReuse('fonts', font);
  }

  private fillPattern(type: string): Element {
    return this.el('fill', {}, this.el('patternFill', { patternType: type }));
  }

  private fillEl(rgb: string): Element {
    return this.el(
      'fill',
      {},
      this.el('patternFill', { patternType: 'solid' }, this.el('fgColor', { rgb }), this.el('bgColor', { indexed: '64' })),
    );
  }

  private borderEl(style: 'thin'): Element {
    const side = (name: string) => this.el(name, { style }, this.el('color', { indexed: '64' }));
    return this.el('border', {}, side('left'), side('right'), side('top'), side('bottom'), this.el('diagonal'));
  }
}
