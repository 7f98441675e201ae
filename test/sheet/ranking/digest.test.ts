import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotFromEntries, verificationCode } from '../../../src/sheet/publish/snapshot';

const nodeSha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

describe('the 校验码 with a host digest', () => {
  it('is the code the host-free SHA-256 gives', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string({ unit: 'grapheme' }), value: fc.string({ unit: 'grapheme' }) }), { maxLength: 30 }), (entries) => {
        expect(verificationCode(snapshotFromEntries(entries), nodeSha256)).toBe(verificationCode(snapshotFromEntries(entries)));
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
