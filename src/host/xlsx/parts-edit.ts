import type { Package } from './package';
import { relsPathOf } from './package';
import { attrLocal, childElements, createLike, parseXml, serializeXml, toBytes, type Document, type Element } from './xml';

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_PATH = '[Content_Types].xml';

/** [Content_Types].xml, to which PERF adds overrides for the parts it adds. */
export class ContentTypes {
  private readonly doc: Document;
  private changed = false;

  constructor(private readonly pkg: Package) {
    this.doc = parseXml(pkg.text(CT_PATH) ?? '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', CT_PATH);
  }

  addOverride(partPath: string, contentType: string): void {
    const root = this.doc.documentElement!;
    const name = `/${partPath}`;
    if (childElements(root, 'Override').some((o) => attrLocal(o, 'PartName')?.toLowerCase() === name.toLowerCase())) return;
    const el = createLike(this.doc, root, 'Override');
    el.setAttribute('PartName', name);
    el.setAttribute('ContentType', contentType);
    root.appendChild(el);
    this.changed = true;
  }

  removeOverride(partPath: string): void {
    const root = this.doc.documentElement!;
    for (const o of childElements(root, 'Override')) {
      if (attrLocal(o, 'PartName')?.toLowerCase() === `/${partPath}`.toLowerCase()) {
        root.removeChild(o);
        this.changed = true;
      }
    }
  }

  save(): void {
    if (this.changed) this.pkg.set(CT_PATH, toBytes(serializeXml(this.doc)));
  }
}

/** The relationships of one part, to which PERF adds (and, for a dropped calcChain, removes) entries. */
export class RelationshipsPart {
  private readonly doc: Document;
  private readonly path: string;
  private changed = false;

  constructor(private readonly pkg: Package, private readonly sourcePart: string) {
    this.path = relsPathOf(sourcePart);
    this.doc = parseXml(pkg.text(this.path) ?? `<Relationships xmlns="${PKG_RELS_NS}"/>`, this.path);
  }

  private get items(): Element[] {
    return childElements(this.doc.documentElement!, 'Relationship');
  }

  /** Add a relationship of a transitional type ("worksheet", "styles") to a part path; returns its new id. */
  add(kind: string, targetPath: string): string {
    const ids = new Set(this.items.map((r) => attrLocal(r, 'Id')));
    let n = this.items.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = createLike(this.doc, this.doc.documentElement!, 'Relationship');
    el.setAttribute('Id', id);
    el.setAttribute('Type', `${REL_BASE}/${kind}`);
    el.setAttribute('Target', relativeTarget(this.sourcePart, targetPath));
    this.doc.documentElement!.appendChild(el);
    this.changed = true;
    return id;
  }

  removeById(id: string): void {
    for (const r of this.items) {
      if (attrLocal(r, 'Id') === id) {
        this.doc.documentElement!.removeChild(r);
        this.changed = true;
      }
    }
  }

  removeByType(kind: string): void {
    for (const r of this.items) {
      if ((attrLocal(r, 'Type') ?? '').endsWith(`/${kind}`)) {
        this.doc.documentElement!.removeChild(r);
        this.changed = true;
      }
    }
  }

  save(): void {
    if (this.changed) this.pkg.set(this.path, toBytes(serializeXml(this.doc)));
  }
}

/** "xl/worksheets/sheet4.xml" seen from "xl/workbook.xml" → "worksheets/sheet4.xml". */
function relativeTarget(sourcePart: string, targetPath: string): string {
  const dir = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) : '';
  return targetPath.startsWith(dir) ? targetPath.slice(dir.length) : `/${targetPath}`;
}
