/**
 * Distinct doubles, each numbered in the order first added: open addressing over typed arrays,
 * for the ranking's hot loops (no heap number hashed, no entry object per value). NaN is not a
 * key; 0 and -0 are the same key.
 */
export class NumberIndex {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  /** The distinct values, in the order first added. */
  values: Float64Array;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < 2 * expected && capacity < 1 << 16) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.values = new Float64Array(capacity >> 1);
  }

  /** The number of `v` (a new one when it is new). */
  add(value: number): number {
    const v = value + 0;
    let slot = hash(v) & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id < 0) break;
      if (this.keys[slot] === v) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    this.keys[slot] = v;
    this.ids[slot] = id;
    if (id >= this.values.length) this.values = grown(this.values);
    this.values[id] = v;
    if (2 * this.size > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const keys = this.keys;
    const ids = this.ids;
    const capacity = 2 * keys.length;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let s = 0; s < keys.length; s++) {
      const id = ids[s]!;
      if (id < 0) continue;
      let slot = hash(keys[s]!) & this.mask;
      while (this.ids[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[s]!;
      this.ids[slot] = id;
    }
  }
}

function grown(a: Float64Array): Float64Array {
  const out = new Float64Array(Math.max(16, 2 * a.length));
  out.set(a);
  return out;
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

function hash(v: number): number {
  bits[0] = v;
  const h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 15);
}
