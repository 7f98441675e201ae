import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** Absolute path of a built file; fails with the fix when dist/ was not built. */
export function distFile(relative: string): string {
  if (!existsSync(path.join(DIST, 'functions.json'))) {
    throw new Error('dist/ 尚未构建 (dist/ is missing): run `npm run build` first — `npm test` builds it before the tests.');
  }
  return path.join(DIST, relative);
}

export function readDist(relative: string): string {
  return readFileSync(distFile(relative), 'utf8');
}

export function readDistJson<T = any>(relative: string): T {
  return JSON.parse(readDist(relative)) as T;
}
