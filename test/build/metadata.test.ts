import { describe, expect, it } from 'vitest';
import { buildZhMetadata, readZhTags } from '../../scripts/zh-metadata';
import { readDistJson } from './dist';

/** The functions issue 2 asks for, ids exactly as written. */
const IDS = [
  'WEIGHTED', 'TOTAL', 'SCALE', 'DEDUCT', 'BONUS', 'GRADE', 'RANK', 'RANKS',
  'QUOTA', 'AWARD', 'TRIMMEAN', 'SATISFACTION', 'COMPLETION', 'LINEAR', 'RATING', 'RANKPOINTS',
];
const CJK = /[\u3400-\u9fff]/;

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

describe('dist/functions.json and functions.zh-CN.json', () => {
  const en = readDistJson<Metadata>('functions.json');
  const zh = readDistJson<Metadata>('functions.zh-CN.json');

  it('registers exactly the PERF functions of the issue', () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual([...IDS].sort());
  });

  it('uses ids and display names Excel accepts', () => {
    for (const fn of en.functions) {
      expect(fn.id).toMatch(/^[A-Z0-9_.]+$/);
      expect(fn.name.length, fn.id).toBeGreaterThanOrEqual(3);
      expect(fn.description, `${fn.id} English description`).toMatch(/[A-Za-z]/);
    }
  });

  it('gives zh-CN Excel the same functions and parameters, in Chinese, with English names', () => {
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    zh.functions.forEach((fn, i) => {
      const english = en.functions[i]!;
      expect(fn.description, `${fn.id} description`).toMatch(CJK);
      expect(fn.parameters.length, `${fn.id} parameters`).toBe(english.parameters.length);
      fn.parameters.forEach((p, j) => {
        expect(p.name, `${fn.id} parameter ${english.parameters[j]!.name}`).toMatch(CJK);
        expect(p.description, `${fn.id} parameter ${english.parameters[j]!.name}`).toMatch(CJK);
        expect(p.optional).toBe(english.parameters[j]!.optional);
      });
    });
  });
});

describe('the zh-CN generator', () => {
  const source = `
/**
 * Grade label.
 * @zh 按分数线给出等次
 * @customfunction GRADE
 * @param score The score.
 * @zhparam score 得分 总分（单元格）
 * @param [bands] The bands.
 */
export function grade(score: any, bands?: any): string { return ''; }
`;
  const en = {
    functions: [
      { id: 'GRADE', name: 'GRADE', description: 'Grade label.', parameters: [{ name: 'score', description: 'The score.' }, { name: 'bands', optional: true }] },
    ],
  };
  const associate = [{ id: 'GRADE', functionName: 'grade' }];

  it('names the function and parameter whose Chinese text is missing', () => {
    const { errors } = buildZhMetadata(en, associate, readZhTags(source, 'functions.ts'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('GRADE (grade)');
    expect(errors[0]).toContain('@zhparam bands');
  });

  it('reports a function without @zh, English text in @zh, and a @zhparam for no parameter', () => {
    const broken = source
      .replace('@zh 按分数线给出等次', '@zh Grade label')
      .replace('@zhparam score 得分 总分（单元格）', '@zhparam scor 得分 总分\n * @zhparam bands 等次表 两列区域');
    const { errors } = buildZhMetadata(en, associate, readZhTags(broken, 'functions.ts'));
    expect(errors.join('\n')).toMatch(/@zh 说明不是中文/);
    expect(errors.join('\n')).toMatch(/参数 score 缺少/);
    expect(errors.join('\n')).toMatch(/@zhparam scor 不是这个函数的参数/);
    const noZh = buildZhMetadata(en, associate, readZhTags(source.replace(/ \* @zh .*\n/, ''), 'functions.ts'));
    expect(noZh.errors[0]).toMatch(/GRADE \(grade\): 缺少中文说明/);
  });

  it('keeps ids, names and options and replaces only the texts', () => {
    const complete = source.replace(' * @param [bands] The bands.', ' * @param [bands] The bands.\n * @zhparam bands 等次表 两列区域，或 "优秀:95,合格:75,不合格"');
    const { metadata, errors } = buildZhMetadata(en, associate, readZhTags(complete, 'functions.ts'));
    expect(errors).toEqual([]);
    expect(metadata.functions[0]).toEqual({
      id: 'GRADE',
      name: 'GRADE',
      description: '按分数线给出等次',
      parameters: [
        { name: '得分', description: '总分（单元格）' },
        { name: '等次表', description: '两列区域，或 "优秀:95,合格:75,不合格"', optional: true },
      ],
    });
    expect(en.functions[0]!.description).toBe('Grade label.');
  });
});
