#!/usr/bin/env node
'use strict';
// The installed `perf`: runs the compiled command line (npm run build, or npm pack/install, makes it).
const path = require('path');
const compiled = path.join(__dirname, '..', 'dist-cli', 'perf.js');
try {
  require.resolve(compiled);
} catch {
  process.stderr.write(`PERF 命令行尚未构建：找不到 ${compiled}。请在 PERF 的项目文件夹中运行 npm run build:cli 后再试。\n`);
  process.exit(3);
}
require(compiled);
