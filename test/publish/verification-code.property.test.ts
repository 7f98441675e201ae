import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotFromEntries, verificationCode as codeOf, type Sha256, type SnapshotEntry } from '../../src/sheet/publish/snapshot';

const verificationCode = (entries: SnapshotEntry[], digest?: Sha256) => codeOf(snapshotFromEntries(entries), digest);

/** The 校验码 as first defined: SHA-256 of the whole "key\tvalue\n" text in UTF-8, its first 8 bytes in groups of four hex digits. */
function reference(entries: SnapshotEntry[]): string {
  const text = entries.map((e) => `${e.key}\t${e.value}\n`).join('');
  const hex = createHash('sha256').update(Buffer.from(new TextEncoder().encode(text))).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom('a', '单', '\uD83D\uDE00', '\uD800', '\uDC00', '"', '/'), { maxLength: 20 }).map((c) => c.join('')),
);

describe('校验码', () => {
  it('is the same code however many entries the snapshot has (encoded a piece at a time) and whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: text, value: text }), { maxLength: 3000 }), (entries) => {
        expect(verificationCode(entries)).toBe(reference(entries));
        const node = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
        expect(verificationCode(entries, node)).toBe(reference(entries));
      }),
      { seed: 6, numRuns: 60 },
    );
  });

  it('stays the code of a snapshot known by hand', () => {
    // printf '规则版本\t1\n单位 甲\t["90"]\n' | sha256sum → 38e025b320b7fd4d…, worked outside PERF
    const entries = [
      { key: '规则版本', value: '1' },
      { key: '单位 甲', value: '["90"]' },
    ];
    expect(verificationCode(entries)).toBe('38E0-25B3-20B7-FD4D');
  });
});
