// @ts-check
/**
 * Builds dist/: one shared-runtime page (taskpane.html loads the task pane,
 * the ribbon commands and the custom functions), functions.js for Excel's
 * functions runtime, functions.json + functions.zh-CN.json generated from the
 * JSDoc of src/functions/functions.ts, office.js served locally, and
 * manifest.xml with every URL under PERF_BASE_URL.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const ZhMetadataPlugin = require('./scripts/zh-metadata-plugin');
const { normaliseBaseUrl, fillManifest } = require('./scripts/manifest');

const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const DEV_PORT = 3000;

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
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
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
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
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
    },
  };
};

// Fail early with a plain message instead of a webpack stack when the functions source is missing.
if (!fs.existsSync(path.resolve(__dirname, FUNCTIONS_SOURCE))) {
  throw new Error(`${FUNCTIONS_SOURCE} 不存在 (the custom functions source is missing)`);
}
