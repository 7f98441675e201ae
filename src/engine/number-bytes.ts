const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Bytes of room shortestDecimalInto may use. */
export const DECIMAL_ROOM = 20;

/**
 * A finite double's shortest text — String(v)'s, -0 as "0" — written as ASCII into `buf` from
 * `at`, when v is an integer below 1e15 in size or a number of at most 6 decimals from 1e-6
 * to 1e9 in size (every score a sheet holds). Returns where the text ends; else -1 and nothing
 * written: String(v) is the caller's. The caller leaves DECIMAL_ROOM bytes of room.
 *
 * The fewest decimals whose text reads back as v is String(v)'s text: it has at most 15
 * significant digits, and no other text of as many decimals reads back as v. String(v) itself,
 * the shortest-digits search, took a third of a sheet's writing.
 */
export function shortestDecimalInto(buf: Uint8Array, at: number, v: number): number {
  ONE[0] = v;
  return shortestDecimalAt(buf, at, ONE, 0);
}

const ONE = new Float64Array(1);

/**
 * shortestDecimalInto of numbers[i]. A double handed to a function the compiler does not inline
 * is boxed (a heap number made for the call): a column of numbers is written from its list, the
 * double read where its digits are worked out, with nothing made per number.
 */
export function shortestDecimalAt(buf: Uint8Array, at: number, numbers: Float64Array, i: number): number {
  const v = numbers[i]!;
  if (Number.isInteger(v) && v > -1e15 && v < 1e15) return digitsInto(buf, at, v, 0);
  const size = v < 0 ? -v : v;
  if (size >= 1e-6 && size < 1e9) {
    for (let k = 1; k <= 6; k++) {
      const scale = POWERS_OF_TEN[k]!;
      const m = Math.round(v * scale);
      if (m / scale === v) return digitsInto(buf, at, m, k);
    }
  }
  return -1;
}

/** An integer below 1e15 in size, written with `decimals` of its last digits after a point (m = 872, 1 → "87.2"). */
function digitsInto(buf: Uint8Array, at: number, m: number, decimals: number): number {
  if (m < 0) {
    buf[at++] = 45;
    m = -m;
  }
  let digits = 1;
  for (let p = 10; p <= m; p *= 10) digits++;
  // 0.05: the digits padded to one more than the decimals
  if (digits <= decimals) digits = decimals + 1;
  const end = at + digits + (decimals ? 1 : 0);
  let i = end - 1;
  if (m < 0x80000000) {
    // a score's digits in 32-bit integers (a division by 10 the compiler makes a multiplication)
    let k = m | 0;
    for (let d = 0; d < decimals; d++) {
      const q = (k / 10) | 0;
      buf[i--] = 48 + k - q * 10;
      k = q;
    }
    if (decimals) buf[i--] = 46;
    for (; i >= at; i--) {
      const q = (k / 10) | 0;
      buf[i] = 48 + k - q * 10;
      k = q;
    }
  } else {
    for (let d = 0; d < decimals; d++) {
      buf[i--] = 48 + (m % 10);
      m = Math.floor(m / 10);
    }
    if (decimals) buf[i--] = 46;
    for (; i >= at; i--) {
      buf[i] = 48 + (m % 10);
      m = Math.floor(m / 10);
    }
  }
  return end;
}
