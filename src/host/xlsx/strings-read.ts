import { invalid } from '../../engine/errors';
import { scanXml } from './xml-scan';
import { decodeOoxmlString } from './xml';

/**
 * Collects the text of string items (<si> in shared strings, <is> in a cell):
 * plain <t>, or rich-text runs joined; phonetic guides (<rPh>) left out.
 */
export class StringItemCollector {
  private buffer: string | null = null;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly item: 'si' | 'is') {}

  get active(): boolean {
    return this.buffer !== null;
  }

  open(name: string): void {
    if (name === this.item) this.buffer = '';
    else if (this.buffer === null) return;
    else if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  /** Returns the item's text when its element closes. */
  close(name: string): string | null {
    if (this.buffer === null) return null;
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === this.item) {
      const text = decodeOoxmlString(this.buffer);
      this.buffer = null;
      return text;
    }
    return null;
  }

  text(t: string): void {
    if (this.inText && this.buffer !== null) this.buffer += t;
  }
}

export function readSharedStrings(xml: string, part: string): string[] {
  const out: string[] = [];
  const si = new StringItemCollector('si');
  try {
    scanXml(xml, {
      open: (name) => si.open(name),
      close: (name) => {
        const text = si.close(name);
        if (text !== null) out.push(text);
      },
      text: (t) => si.text(t),
    });
  } catch (e) {
    throw invalid(`工作簿中的部件 ${part} 已损坏，无法读取（${(e as Error).message}）。请在 Excel 中打开并另存一次后再试。`);
  }
  return out;
}
