import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { savedTime } from '../../src/collect/saved-time';
import { workbook } from '../fixtures/collect-build';

describe('when a file sent in was saved (for --prefer newer)', () => {
  it('is docProps/core.xml’s modified time, as Excel and WPS write it on every save', async () => {
    const bytes = await workbook([{ name: 'Sheet1', rows: [['单位', '信访'], ['宁江区', 1]] }], new Date(Date.UTC(2026, 0, 4, 15, 30)));
    expect(savedTime(bytes)).toEqual({ at: new Date(Date.UTC(2026, 0, 4, 15, 30)), from: 'core' });
  });

  it('without core.xml, is the newest time stamp of the zip entries (local time, two-second steps)', () => {
    const bytes = zipSync({
      'a.xml': [strToU8('<a/>'), { mtime: new Date(2026, 0, 3, 9, 0, 0) }],
      'b.xml': [strToU8('<b/>'), { mtime: new Date(2026, 0, 4, 10, 20, 30) }],
    });
    expect(savedTime(bytes)).toEqual({ at: new Date(2026, 0, 4, 10, 20, 30), from: 'zip' });
  });

  it('is unknown for bytes that are no zip', () => {
    expect(savedTime(strToU8('这不是工作簿'))).toBeNull();
  });
});
