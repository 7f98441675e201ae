import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { readSchemeJson, schemeFromJson, schemeToJson } from '../../src/engine/scheme/json';
import { validateScheme } from '../../src/engine/scheme/validate';
import { pathsOf, seed002Departments, seed004Township } from './fixtures';

describe('the scheme as a JSON file', () => {
  it('round trips the seed schemes; Chinese is kept as is; pretty; version first', () => {
    for (const s of [defaultScheme(), seed002Departments(), seed004Township()]) expect(schemeFromJson(schemeToJson(s))).toEqual(s);
    const text = schemeToJson(seed002Departments());
    expect(text).toContain('"经济调节和经济管理类": "40%"');
    expect(text).not.toContain('\\u');
    expect(text.startsWith('{\n  "version": 1,\n  "name": "市政府工作部门绩效评估方案",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('a minimal hand-written file takes the defaults for what it leaves out', () => {
    const s = schemeFromJson('{"name":"某县方案","bands":[{"label":"优秀","min":95},{"label":"合格","min":"75"},{"label":"不合格","min":null}]}');
    expect(s).toEqual({
      ...defaultScheme(),
      name: '某县方案',
      bands: [
        { label: '优秀', min: '95' },
        { label: '合格', min: '75' },
        { label: '不合格', min: null },
      ],
    });
  });

  it('numbers are kept as canonical decimal strings; a count of 0.4 is the share 40%', () => {
    const s = schemeFromJson(
      '{"version":1,"fullScore":100.0,"deductionCap":"3.50","components":[{"name":"甲","weight":80},{"name":"乙","weight":"２０"}],' +
        '"awards":[{"kind":"places","tiers":[{"name":"综合奖","count":0.4}]}]}',
    );
    expect(s.fullScore).toBe('100');
    expect(s.deductionCap).toBe('3.5');
    expect(s.components.map((c) => c.weight)).toEqual(['80', '20']);
    expect(s.awards[0]).toEqual({ kind: 'places', categories: [], tiers: [{ name: '综合奖', count: '40%', minGrade: null }] });
  });

  it('shape errors name the JSON path and the fix', () => {
    expect(() => schemeFromJson('{"bands": {"优秀": 90}}')).toThrow(/方案文件中 bands 应为数组/);
    expect(() => schemeFromJson('{"components":[{"name":"甲","weight":true}]}')).toThrow(/components\[0\]\.weight 应为数字（写成文字，如 "80"），实际是布尔值 true/);
    expect(() => schemeFromJson('{"awards":[{"kind":"prize"}]}')).toThrow(/awards\[0\]\.kind 应为 "places".*实际是文字 "prize"/);
    expect(() => schemeFromJson('{"awards":[{"kind":"single","name":"招商引资奖"}]}')).toThrow(/awards\[0\]\.count 缺少/);
    expect(() => schemeFromJson('{"ranking":{"method":"dense","order":"desc"}}')).toThrow(/ranking\.order 是不认识的项（可用的项：method、byCategory、tieBreak）/);
    expect(() => schemeFromJson('{"name": "甲",}')).toThrow(/方案文件不是有效的 JSON/);
    expect(() => schemeFromJson('[1,2]')).toThrow(/方案文件中 （根） 应为对象/);
  });

  it('unknown keys are rejected, except annotations starting with $ or _', () => {
    expect(() => schemeFromJson('{"bandz": []}')).toThrow(/bandz 是不认识的项/);
    expect(schemeFromJson('{"$schema":"x","_说明":"2024 年版","name":"甲"}').name).toBe('甲');
  });

  it('a file from a newer PERF: the rules this version knows are read, each unknown block is passed over with a sentence', () => {
    const { scheme, passedOver } = readSchemeJson(
      '{"version": 2, "name": "2027年度方案", "bands": [{"label":"优","min":"92"},{"label":"合格","min":null}], "signatures": {"by": "局长"}, "ranking": {"method": "dense", "ties": "x"}}',
    );
    expect(scheme.name).toBe('2027年度方案');
    expect(scheme.bands.map((b) => b.min)).toEqual(['92', null]);
    expect(scheme.ranking.method).toBe('dense');
    expect(passedOver).toHaveLength(2);
    expect(passedOver[0]).toMatch(/^方案文件中 signatures 是较新版本 PERF 的设置/);
    expect(passedOver[1]).toMatch(/ranking\.ties/);
  });

  it('a file of this version with an unknown block is still refused (a typo must not pass silently)', () => {
    expect(() => readSchemeJson('{"version": 1, "signatures": {}}')).toThrow(/signatures 是不认识的项/);
  });

  it('values are left for validation, which names the JSON path', () => {
    const s = schemeFromJson('{"ranking":{"method":"ascending"},"components":[{"name":"甲","weight":"八十"}]}');
    expect(pathsOf(validateScheme(s).errors)).toEqual(['ranking.method', 'components[0].weight']);
  });
});
