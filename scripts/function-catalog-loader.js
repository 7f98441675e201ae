// @ts-check
/**
 * Webpack loader for src/taskpane/function-catalog.ts: replaces the stub with
 * the list of PERF functions (id, English and Chinese description) generated
 * from the JSDoc of src/functions/functions.ts, so the task pane lists exactly
 * the functions the build registers.
 */
const path = require('path');
const { generateBilingualMetadata, catalogOf } = require('./zh-metadata');

/** @this {import('webpack').LoaderContext<{ input: string }>} */
function functionCatalogLoader() {
  const done = this.async();
  const input = path.resolve(this.getOptions().input);
  this.addDependency(input);
  generateBilingualMetadata(input).then(
    (result) => {
      const catalog = result.en && result.zh ? catalogOf(result.en, result.zh) : [];
      done(null, `export const catalog = ${JSON.stringify(catalog)};\n`);
    },
    (error) => done(error),
  );
}

module.exports = functionCatalogLoader;
