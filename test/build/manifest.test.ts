import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DEV_BASE_URL, fillManifest, normaliseBaseUrl } from '../../scripts/manifest';
import { DIST, ROOT, readDist } from './dist';

const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  expect(errors, 'manifest.xml is not well-formed').toEqual([]);
  return doc;
}

const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const all = (root: { getElementsByTagNameNS(ns: string, name: string): any }, ns: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name));

/** resid → DefaultValue of every bt:Url / bt:Image / bt:String. */
function resources(doc: ReturnType<typeof parse>) {
  const map = new Map<string, Element>();
  for (const tag of ['Url', 'Image', 'String']) {
    for (const el of all(doc, BT, tag)) if (el.getAttribute('id')) map.set(el.getAttribute('id')!, el);
  }
  return map;
}

/** Every URL value in the manifest: attributes DefaultValue / Value that look like URLs. */
function urls(doc: ReturnType<typeof parse>): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*')) as Element[]) {
    for (const attr of ['DefaultValue', 'Value']) {
      const value = el.getAttribute(attr);
      if (value && /^[a-z]+:\/\//i.test(value)) found.push(value);
    }
  }
  return found;
}

describe('dist/manifest.xml', () => {
  const xml = readDist('manifest.xml');
  const doc = parse(xml);
  const res = resources(doc);
  const host = all(doc, OV, 'Host')[0]!;

  it('is an Excel task-pane add-in with the PERF namespace', () => {
    expect(doc.documentElement!.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(doc.getElementsByTagName('Host')[0]!.getAttribute('Name')).toBe('Workbook');
    expect(host.getAttribute('xsi:type')).toBe('Workbook');
    const namespace = all(doc, OV, 'Namespace')[0]!;
    expect(res.get(namespace.getAttribute('resid')!)!.getAttribute('DefaultValue')).toBe('PERF');
    expect(doc.getElementsByTagName('Version')[0]!.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('runs task pane, ribbon and functions in one shared runtime', () => {
    const first = children(host)[0]!;
    expect(first.localName, 'Runtimes must come first in Host').toBe('Runtimes');
    const runtime = children(first)[0]!;
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const resid = runtime.getAttribute('resid');
    const customFunctions = all(doc, OV, 'ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    const page = all(customFunctions as any, OV, 'Page')[0]!;
    expect(all(page as any, OV, 'SourceLocation')[0]!.getAttribute('resid')).toBe(resid);
    expect(all(doc, OV, 'FunctionFile')[0]!.getAttribute('resid')).toBe(resid);
    expect(res.get(resid!)!.getAttribute('DefaultValue')).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it('requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.1', () => {
    const sets = Object.fromEntries(
      Array.from(doc.getElementsByTagName('Set')).map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]),
    );
    expect(sets).toMatchObject({ SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1' });
  });

  it('points zh-CN Excel to the Chinese function metadata', () => {
    const metadata = all(doc, OV, 'Metadata')[0]!;
    const resid = all(metadata as any, OV, 'SourceLocation')[0]!.getAttribute('resid')!;
    const url = res.get(resid)!;
    expect(url.getAttribute('DefaultValue')).toBe(`${DEV_BASE_URL}functions.json`);
    const overrides = all(url as any, BT, 'Override').map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]);
    expect(overrides).toEqual([['zh-CN', `${DEV_BASE_URL}functions.zh-CN.json`]]);
  });

  it('has Chinese and English text for every label the user sees', () => {
    for (const tag of ['DisplayName', 'Description']) {
      const el = doc.getElementsByTagName(tag)[0]!;
      expect(el.getAttribute('DefaultValue')).toMatch(/[A-Za-z]/);
      const zh = Array.from(el.getElementsByTagName('Override')).find((o) => o.getAttribute('Locale') === 'zh-CN');
      expect(zh?.getAttribute('Value'), `${tag} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const resid of ['Group.Label', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip', 'GetStarted.Title', 'GetStarted.Description', 'RankButton.Label', 'RankButton.Tooltip']) {
      const el = res.get(resid)!;
      expect(el.getAttribute('DefaultValue'), resid).toMatch(/[A-Za-z]/);
      const zh = all(el as any, BT, 'Override').find((o) => o.getAttribute('Locale') === 'zh-CN');
      expect(zh?.getAttribute('Value'), `${resid} zh-CN`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('references only resids that exist and files that the build wrote', () => {
    for (const el of Array.from(doc.getElementsByTagName('*')) as Element[]) {
      const resid = el.getAttribute('resid');
      if (resid) expect(res.has(resid), `resid ${resid}`).toBe(true);
    }
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) {
      expect(url.startsWith(DEV_BASE_URL), url).toBe(true);
      const file = path.join(DIST, url.slice(DEV_BASE_URL.length));
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
    for (const size of ['16', '32', '80']) {
      const image = all(doc, BT, 'Image').find((i) => i.getAttribute('id') === `Icon.${size}x${size}`);
      expect(image?.getAttribute('DefaultValue')).toBe(`${DEV_BASE_URL}assets/icon-${size}.png`);
    }
  });

  it('has 一键排名 as an ExecuteFunction button whose action the commands bundle registers, beside 绩效考评助手', () => {
    const controls = all(doc, OV, 'Control');
    const action = (c: Element) => all(c as any, OV, 'Action')[0]!;
    const rank = controls.find((c) => c.getAttribute('id') === 'PERF.Rank')!;
    expect(action(rank).getAttribute('xsi:type')).toBe('ExecuteFunction');
    const name = all(action(rank) as any, OV, 'FunctionName')[0]!.textContent;
    expect(name).toBe('PERF.rank');
    expect(readDist('commands.js')).toContain(`"${name}"`);
    const label = (c: Element) => all(res.get(all(c as any, OV, 'Label')[0]!.getAttribute('resid')!) as any, BT, 'Override')[0]!.getAttribute('Value');
    expect(label(rank)).toBe('一键排名');
    const show = controls.find((c) => c.getAttribute('id') === 'PERF.ShowTaskpane')!;
    expect([action(show).getAttribute('xsi:type'), label(show)]).toEqual(['ShowTaskpane', '绩效考评助手']);
  });

  it('keeps what loads before the functions small: the pane comes in chunks after the page', () => {
    // commands.js holds the webpack runtime the pane shares; taskpane.js only starts the pane
    expect(readDist('commands.js').length).toBeLessThan(20_000);
    expect(readDist('taskpane.js').length).toBeLessThan(5_000);
  });

  it('serves office.js from the add-in itself (no CDN)', () => {
    const html = readDist('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]!);
    expect(scripts[0]).toBe('office-js/office.js');
    expect(scripts).toEqual(expect.arrayContaining(['functions.js', 'commands.js', 'taskpane.js']));
    for (const src of scripts) {
      expect(src, 'no remote script').not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(path.join(DIST, src)), src).toBe(true);
    }
  });
});

describe('PERF_BASE_URL', () => {
  const template = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const base = 'https://perf.example.gov.cn/addin/';

  it('rewrites every URL of the manifest, leaving none at localhost', () => {
    const filled = fillManifest(template, normaliseBaseUrl(base));
    const doc = parse(filled);
    expect(filled).not.toMatch(/localhost/);
    const found = urls(doc);
    expect(found.length).toBe(urls(parse(fillManifest(template, DEV_BASE_URL))).length);
    for (const url of found) expect(url.startsWith(base), url).toBe(true);
    expect(found).toContain(`${base}functions.zh-CN.json`);
  });

  it('is normalised to https with a trailing slash, and anything else is refused clearly', () => {
    expect(normaliseBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(normaliseBaseUrl('  ')).toBe(DEV_BASE_URL);
    expect(normaliseBaseUrl('https://perf.example.gov.cn/addin')).toBe(base);
    expect(() => normaliseBaseUrl('http://perf.example.gov.cn/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('perf.example.gov.cn')).toThrow(/PERF_BASE_URL/);
    expect(() => normaliseBaseUrl('https://perf.example.gov.cn/?a=1&b=2')).toThrow(/PERF_BASE_URL/);
  });

  it('refuses a template URL that would not follow the base URL', () => {
    const stray = template.replace('</Hosts>', '</Hosts><SupportUrl DefaultValue="https://www.example.com/help"/>');
    expect(() => fillManifest(stray, base)).toThrow(/www\.example\.com/);
  });
});
