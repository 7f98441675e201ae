import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RankingJson } from '../../src/sheet/ranking/result-json';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** One unit as `rank --json -` reports it; the fields a golden fixture pins down (all but the free-text notes). */
export type ExpectedUnit = Omit<RankingJson['units'][number], 'notes'>;

/** A warning that must be among the actual ones: same cell, and a message holding every `contains` word. */
export interface ExpectedWarning {
  cell: string;
  contains?: string[];
}

export interface Expected {
  description?: string;
  units: ExpectedUnit[];
  warnings: ExpectedWarning[];
}

/** A fixture folder: input.xlsx, args.json, and either expected.json or error.txt. */
export interface Fixture {
  name: string;
  dir: string;
  input: string;
  /** CLI arguments after the input path; a file named here that lives in the folder is made absolute. */
  args: string[];
  expected: Expected | null;
  /** Substrings (one per line of error.txt) that stderr must contain. */
  errorParts: string[] | null;
}

export const FIXTURES_DIR = resolve(HERE, '../fixtures');

function readArgs(dir: string): string[] {
  const file = join(dir, 'args.json');
  if (!existsSync(file)) return [];
  const args: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
    throw new Error(`${file}: args.json must be an array of strings`);
  return args.map((a: string) => (existsSync(join(dir, a)) && statSync(join(dir, a)).isFile() ? join(dir, a) : a));
}

export function loadFixture(name: string): Fixture {
  const dir = join(FIXTURES_DIR, name);
  const expectedFile = join(dir, 'expected.json');
  const errorFile = join(dir, 'error.txt');
  return {
    name,
    dir,
    input: join(dir, 'input.xlsx'),
    args: readArgs(dir),
    expected: existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected) : null,
    errorParts: existsSync(errorFile)
      ? readFileSync(errorFile, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
      : null,
  };
}

/** Every folder under test/fixtures that holds expected.json or error.txt. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => loadFixture(d.name))
    .filter((f) => f.expected !== null || f.errorParts !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}
