// @ts-check
/**
 * Builds dist/: one shared-runtime page (taskpane.html loads the task pane,
 * the ribbon commands and the custom functions), functions.js for Excel's
 * functions runtime, functions.json + functions.zh-CN.json generated from the
 * JSDoc of src/functions/functions.ts, office.js served locally, and
 * manifest.xml with every URL under PERF_BASE_URL; and the browser version (index.html, no
 * office.js) with content-hashed scripts, so dist/ can sit on any intranet web server.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const ZhMetadataPlugin = require('./scripts/zh-metadata-plugin');
const { normaliseBaseUrl, fillManifest } = require('./scripts/manifest');

const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const DEV_PORT = 3000;
/** The browser version's entry; its scripts (and every lazy chunk) carry a content hash. */
const BROWSER_ENTRY = 'browser';
/** The sample workbook 打开示例 opens: seed 002's county summary with its 方案 sheet (made by sample/make-sample.ts). */
const SAMPLE_WORKBOOK = 'src/taskpane/browser/sample/sample.xlsx';

/** office.js files of other Office hosts; with the debug builds they make up most of the 86 MB package. */
const OTHER_HOSTS = /(?:^|\/)(?:access|onenote|outlook|powerpoint|project|visio|word)[^/]*$/;

/**
 * https for the dev server: the certificate that `npx office-addin-dev-certs install`
 * made trusted, when there is one (desktop Excel needs a trusted one), else
 * webpack-dev-server's own self-signed certificate.
 * @returns {import('webpack-dev-server').ServerConfiguration}
 */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return { type: 'https' };
  const read = (/** @type {string} */ f) => fs.readFileSync(path.join(dir, f));
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

/**
 * @param {unknown} _env
 * @param {{ mode?: string }} argv
 * @returns {import('webpack').Configuration & { devServer: import('webpack-dev-server').Configuration }}
 */
module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = normaliseBaseUrl(process.env.PERF_BASE_URL);
  const officeJsDir = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

  return {
    devtool: production ? false : 'source-map',
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: './src/commands/commands.ts',
      // one webpack runtime for the ribbon commands and the pane: they share one ExcelPane
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'commands' },
      [BROWSER_ENTRY]: './src/taskpane/browser/main.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // the manifest names functions.js and the Excel pane's scripts: only the browser version is hashed
      filename: (pathData) => (pathData.chunk?.name === BROWSER_ENTRY ? '[name].[contenthash:10].js' : '[name].js'),
      chunkFilename: '[name].[contenthash:10].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          // The stub is replaced by the list of PERF functions generated from their JSDoc.
          test: path.resolve(__dirname, 'src/taskpane/function-catalog.ts'),
          use: { loader: path.resolve(__dirname, 'scripts/function-catalog-loader.js'), options: { input: FUNCTIONS_SOURCE } },
          type: 'javascript/auto',
        },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, path.resolve(__dirname, 'src/taskpane/function-catalog.ts')],
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new ZhMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.zh-CN.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/taskpane/browser/index.html',
        chunks: [BROWSER_ENTRY],
      }),
      new webpack.DefinePlugin({ __PERF_VERSION__: JSON.stringify(require('./package.json').version) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: SAMPLE_WORKBOOK, to: 'samples/sample.xlsx' },
          {
            from: '**/*',
            context: officeJsDir,
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js', '**/*vsdoc.js', '**/*.d.ts'] },
            filter: (file) => !OTHER_HOSTS.test(path.relative(officeJsDir, file).split(path.sep).join('/')),
            info: { minimized: true },
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => fillManifest(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: devHttps(),
      // No dev-server client in the bundles: functions.js may run in Excel's JavaScript-only runtime.
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      devMiddleware: { writeToDisk: true },
      onListening: (server) => {
        const address = server.server?.address();
        const port = typeof address === 'object' && address ? address.port : DEV_PORT;
        console.log(`\n  PERF 浏览器版 (browser version):  https://localhost:${port}/`);
        console.log(`  Excel 加载项清单 (add-in manifest): https://localhost:${port}/manifest.xml  (dist/manifest.xml)\n`);
      },
    },
    // the two addresses above come first; webpack-dev-server's own banner is left out
    infrastructureLogging: { level: 'warn' },
  };
};

// Fail early with a plain message instead of a webpack stack when the functions source is missing.
if (!fs.existsSync(path.resolve(__dirname, FUNCTIONS_SOURCE))) {
  throw new Error(`${FUNCTIONS_SOURCE} 不存在 (the custom functions source is missing)`);
}
