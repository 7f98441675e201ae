import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/taskpane/locale';

describe('task pane language', () => {
  it("follows Office's display language inside Excel", () => {
    expect(pickLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLocale('en-US', ['zh-CN'])).toBe('en-US');
    expect(pickLocale('en-GB', [])).toBe('en-US');
  });

  it("follows the browser's languages outside Excel", () => {
    expect(pickLocale(undefined, ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLocale(undefined, ['en-US', 'zh-CN'])).toBe('en-US');
    expect(pickLocale(undefined, ['fr-FR', 'zh-TW'])).toBe('zh-CN');
  });

  it('is Chinese when nothing says English', () => {
    expect(pickLocale(undefined, [])).toBe('zh-CN');
    expect(pickLocale('ja-JP', ['en-US'])).toBe('zh-CN');
    expect(pickLocale(undefined, ['de-DE'])).toBe('zh-CN');
  });
});
