// @ts-check
/**
 * The zh-CN custom-function metadata, generated from the same JSDoc as
 * functions.json. custom-functions-metadata does not localise, so we run it
 * for the English metadata and replace only the texts with the ones from the
 * `@zh` and `@zhparam` tags, which we read with the TypeScript compiler API:
 *
 *   @zh 按分数线给出等次
 *   @zhparam score 得分 总分（单元格）    (param name, Chinese name, Chinese description)
 *
 * Ids, function names, types and options stay exactly as in functions.json.
 */
const fs = require('fs');
const ts = require('typescript');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');

const CJK = /[\u3400-\u9fff]/;

/** @param {ts.JSDocTag} tag */
function tagText(tag) {
  return (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The @zh / @zhparam texts of every function declaration in a source file.
 * @param {string} sourceText
 * @param {string} fileName
 * @returns {Map<string, import('./zh-metadata').ZhTags>} keyed by the function's name
 */
function readZhTags(sourceText, fileName) {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
  /** @type {Map<string, import('./zh-metadata').ZhTags>} */
  const found = new Map();
  source.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || !node.name) return;
    /** @type {import('./zh-metadata').ZhTags} */
    const tags = { description: undefined, params: new Map(), problems: [] };
    for (const tag of ts.getJSDocTags(node)) {
      const name = tag.tagName.text.toLowerCase();
      if (name === 'zh') {
        tags.description = tagText(tag);
      } else if (name === 'zhparam') {
        const [param = '', zhName = '', ...rest] = tagText(tag).split(' ');
        if (tags.params.has(param)) tags.problems.push(`@zhparam ${param} 重复`);
        tags.params.set(param, { name: zhName, description: rest.join(' ') });
      }
    }
    found.set(node.name.text, tags);
  });
  return found;
}

/**
 * Builds the zh-CN metadata from the English one; every missing or
 * non-Chinese text is reported, naming the function and parameter.
 * @param {any} en parsed functions.json
 * @param {{ functionName: string, id: string }[]} associate
 * @param {Map<string, import('./zh-metadata').ZhTags>} zhTags
 * @returns {{ metadata: any, errors: string[] }}
 */
function buildZhMetadata(en, associate, zhTags) {
  /** @type {string[]} */
  const errors = [];
  const metadata = JSON.parse(JSON.stringify(en));
  for (const fn of metadata.functions) {
    const functionName = associate.find((a) => a.id === fn.id)?.functionName ?? '';
    const where = `${fn.id} (${functionName})`;
    const tags = zhTags.get(functionName);
    if (!tags || !tags.description) {
      errors.push(`${where}: 缺少中文说明 — 在 JSDoc 中加一行 "@zh <中文说明>"`);
    } else if (!CJK.test(tags.description)) {
      errors.push(`${where}: @zh 说明不是中文: "${tags.description}"`);
    } else {
      fn.description = tags.description;
    }
    for (const problem of tags?.problems ?? []) errors.push(`${where}: ${problem}`);
    const paramNames = new Set();
    for (const param of fn.parameters ?? []) {
      paramNames.add(param.name);
      const zh = tags?.params.get(param.name);
      if (!zh || !zh.name || !zh.description) {
        errors.push(`${where}: 参数 ${param.name} 缺少中文名或中文说明 — 加一行 "@zhparam ${param.name} <中文参数名> <中文说明>"`);
      } else if (!CJK.test(zh.name) || !CJK.test(zh.description)) {
        errors.push(`${where}: 参数 ${param.name} 的 @zhparam 不是中文: "${zh.name} ${zh.description}"`);
      } else {
        param.name = zh.name;
        param.description = zh.description;
      }
    }
    for (const named of tags?.params.keys() ?? []) {
      if (!paramNames.has(named)) errors.push(`${where}: @zhparam ${named} 不是这个函数的参数 (参数有: ${[...paramNames].join(', ')})`);
    }
  }
  return { metadata, errors };
}

/** @type {Map<string, Promise<import('./zh-metadata').BilingualMetadata>>} */
const cache = new Map();

/**
 * English and zh-CN metadata of one functions source file (cached by content,
 * so the webpack plugin and the task-pane catalog loader share one run).
 * @param {string} file absolute path of functions.ts
 * @returns {Promise<import('./zh-metadata').BilingualMetadata>}
 */
function generateBilingualMetadata(file) {
  const text = fs.readFileSync(file, 'utf8');
  const key = `${file}\0${text}`;
  let result = cache.get(key);
  if (!result) {
    cache.clear();
    result = (async () => {
      const generated = await generateCustomFunctionsMetadata(file, false);
      if (generated.errors.length > 0 || !generated.metadataJson) {
        // custom-functions-metadata-plugin reports these itself.
        return { en: undefined, zh: undefined, errors: [], metadataErrors: generated.errors };
      }
      const en = JSON.parse(generated.metadataJson);
      const { metadata, errors } = buildZhMetadata(en, generated.associate, readZhTags(text, file));
      return { en, zh: metadata, errors, metadataErrors: [] };
    })();
    cache.set(key, result);
  }
  return result;
}

/**
 * The first sentence of a description (Chinese "。" or English ". "), for one-line lists.
 * @param {string} text
 */
function firstSentence(text) {
  const match = /^.*?(?:。|\.(?=\s)|$)/.exec(text.trim());
  return match ? match[0] : text;
}

/**
 * One line per function for the task pane: id, English and Chinese first sentence.
 * @param {any} en
 * @param {any} zh
 */
function catalogOf(en, zh) {
  return en.functions.map((/** @type {any} */ fn, /** @type {number} */ i) => ({
    id: fn.id,
    en: firstSentence(fn.description ?? ''),
    zh: firstSentence(zh.functions[i].description ?? ''),
  }));
}

module.exports = { readZhTags, buildZhMetadata, generateBilingualMetadata, catalogOf, firstSentence };
