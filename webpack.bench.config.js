// @ts-check
/**
 * Builds the benchmark's in-process children into dist-bench/ with the command line's own
 * build (webpack.cli.config.js: the same loader, mode and module concatenation), so that
 * `npm run bench` times the code as PERF ships it. Run from source through tsx, every call
 * from one module into another goes through an export getter that no built surface has.
 */
const path = require('path');
const cli = require('./webpack.cli.config.js');

/**
 * @param {unknown} env
 * @param {{ mode?: string }} argv
 * @returns {import('webpack').Configuration}
 */
module.exports = (env, argv) => {
  const base = cli(env, argv);
  return {
    ...base,
    entry: { child: './bench/e2e/child.ts', 'bytes-child': './bench/e2e/bytes-child.ts' },
    output: { ...base.output, path: path.resolve(__dirname, 'dist-bench'), filename: '[name].js', chunkFilename: '[name].js' },
  };
};
