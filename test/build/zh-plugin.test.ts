import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { afterAll, describe, expect, it } from 'vitest';

const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const ZhMetadataPlugin = require('../../scripts/zh-metadata-plugin');

const work = mkdtempSync(path.join(os.tmpdir(), 'perf-zh-plugin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the two metadata plugins the real build uses on a small functions file. */
async function build(source: string) {
  const dir = mkdtempSync(path.join(work, 'case-'));
  mkdirSync(path.join(dir, 'out'));
  const input = path.join(dir, 'functions.ts');
  writeFileSync(input, source);
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { functions: input },
    output: { path: path.join(dir, 'out'), filename: '[name].js' },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input, output: 'functions.json' }),
      new ZhMetadataPlugin({ input, output: 'functions.zh-CN.json' }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : compiler.close(() => resolve(result!)))),
  );
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'out', file), 'utf8'));
    } catch {
      return undefined;
    }
  };
  return { errors: stats.toJson({ errors: true }).errors?.map((e) => e.message).join('\n') ?? '', en: read('functions.json'), zh: read('functions.zh-CN.json') };
}

const COMPLETE = `
/**
 * Scaled score.
 * @zh 折算得分
 * @customfunction SCALE
 * @param score The score.
 * @zhparam score 得分 原始得分
 * @param full Full marks.
 * @zhparam full 满分 原始满分
 * @returns The scaled score.
 */
export function scale(score, full) { return score / full; }
`;

describe('the build and Chinese function texts', () => {
  it('writes functions.zh-CN.json with the Chinese texts beside functions.json', async () => {
    const { errors, en, zh } = await build(COMPLETE);
    expect(errors).toBe('');
    expect(en.functions[0].description).toBe('Scaled score.');
    expect(zh.functions[0]).toMatchObject({ id: 'SCALE', name: 'SCALE', description: '折算得分' });
    expect(zh.functions[0].parameters.map((p: { name: string }) => p.name)).toEqual(['得分', '满分']);
  });

  it('fails, naming the function and parameter, when a Chinese text is missing', async () => {
    const { errors, zh } = await build(COMPLETE.replace(' * @zhparam full 满分 原始满分\n', ''));
    expect(errors).toContain('中文函数说明不全');
    expect(errors).toContain('SCALE (scale): 参数 full 缺少中文名或中文说明');
    expect(zh).toBeUndefined();
  });
});
