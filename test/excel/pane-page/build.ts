import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';
import { ROOT } from '../../build/dist';

/** Builds the test page (main.tsx and the fixture) into `out`, as the real build would, unminified. */
export async function buildPanePage(out: string, fixture: string): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { page: path.join(__dirname, 'main.tsx') },
    output: { path: out, filename: '[name].js', publicPath: '' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }] },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((e, s) => (e ? reject(e) : compiler.close(() => resolve(s!)))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  copyFileSync(fixture, path.join(out, 'fixture.xlsx'));
  writeFileSync(
    path.join(out, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>PERF 绩效考评助手</title></head><body style="margin:0"><div id="root"></div><script src="page.js"></script></body></html>',
  );
}
