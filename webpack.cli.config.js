// @ts-check
/**
 * Builds the command line into dist-cli/: perf.js (the entry: answers --help) and
 * perf-main.js (everything else, loaded on demand), CommonJS that needs nothing
 * beyond Node's built-in modules. bin/perf.js (the package's "perf") loads it: no
 * TypeScript loader at start-up, and an installed package needs none of its
 * dependencies at run time.
 */
const path = require('path');

/**
 * @param {unknown} _env
 * @param {{ mode?: string }} argv
 * @returns {import('webpack').Configuration}
 */
module.exports = (_env, argv) => ({
  target: 'node20',
  mode: argv.mode === 'development' ? 'development' : 'production',
  devtool: false,
  entry: { perf: './src/cli/entry.ts' },
  output: {
    path: path.resolve(__dirname, 'dist-cli'),
    filename: '[name].js',
    chunkFilename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    // createRequire is Node's own here (src/cli/code-cache.ts puts the chunk into Node's require.cache)
    parser: { javascript: { createRequire: false } },
  },
  // Minifying saves little start-up time and makes a clerk's bug report unreadable.
  optimization: { minimize: false, splitChunks: false },
  performance: { hints: false },
});
