// @ts-check
/**
 * Emits dist/functions.zh-CN.json beside the functions.json that
 * custom-functions-metadata-plugin writes, and fails the build, naming each
 * function/parameter, when a Chinese text is missing.
 */
const path = require('path');
const { generateBilingualMetadata } = require('./zh-metadata');

const pluginName = 'ZhMetadataPlugin';

class ZhMetadataPlugin {
  /** @param {{ input: string, output: string }} options */
  constructor(options) {
    this.input = path.resolve(options.input);
    this.output = options.output;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { WebpackError, sources } = compiler.webpack;
    /** @type {import('./zh-metadata').BilingualMetadata | undefined} */
    let result;
    compiler.hooks.beforeCompile.tapPromise(pluginName, async () => {
      result = await generateBilingualMetadata(this.input);
    });
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.fileDependencies.add(this.input);
      if (!result || !result.zh) return;
      if (result.errors.length > 0) {
        const error = new WebpackError(
          `中文函数说明不全 (${path.relative(process.cwd(), this.input)}), missing Chinese texts:\n  ` +
            result.errors.join('\n  '),
        );
        error.hideStack = true;
        compilation.errors.push(error);
        return;
      }
      compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(result.zh, null, 4)));
    });
  }
}

module.exports = ZhMetadataPlugin;
