import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export const REPO = resolve(HERE, '../..');
export const CLI = join(REPO, 'src/cli/main.ts');
const TSX = join(REPO, 'node_modules/tsx/dist/cli.mjs');

/**
 * Child output made safe to quote in an assertion message: stack-frame lines ("    at …")
 * are dropped (vitest would try to resolve them as frames of the test) and length is capped.
 */
export function clip(text: string, max = 3000): string {
  const kept = text
    .split('\n')
    .filter((l) => !/^\s+at\s/.test(l))
    .join('\n');
  return kept.length > max ? `${kept.slice(0, max)}…` : kept;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Why the command cannot be run at all (it has not landed yet), or null. */
export function cliMissing(): string | null {
  if (!existsSync(CLI)) return `命令行尚未实现：找不到 ${CLI}（the rank command has not landed yet）`;
  if (!existsSync(TSX)) return `找不到 tsx：${TSX}`;
  return null;
}

/** `perf rank <input> …args` from the TypeScript sources (`npm run perf:dev`: never a stale build), from the repository root. */
export function runRank(input: string, args: readonly string[]): CliRun {
  const missing = cliMissing();
  if (missing) throw new Error(missing);
  const r = spawnSync(process.execPath, [TSX, CLI, 'rank', input, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
