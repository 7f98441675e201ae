import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A child of the in-process benches as PERF ships it: built by webpack.bench.config.js into
 * dist-bench/ (`npm run bench` builds it first), run by plain Node.
 */
/** What the report says of the children's code. */
export const BUILT_LINE = '  the code as PERF ships it: built by webpack as the command line is (dist-bench/, webpack.bench.config.js), run by Node';

export function builtChild(name: 'child' | 'bytes-child'): string {
  const file = path.join(__dirname, '..', '..', 'dist-bench', `${name}.js`);
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the bench with \`npm run bench\`, which builds it (webpack --config webpack.bench.config.js)`);
    process.exit(2);
  }
  return file;
}
