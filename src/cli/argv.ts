/** Command-line words: positionals and --flag value pairs (also --flag=value). */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string>;
}

export class UsageError extends Error {}

/** `valueless` flags take no value (e.g. --help). */
export function parseArgs(argv: readonly string[], known: readonly string[], valueless: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name) && !valueless.includes(name))
      throw new UsageError(`未知选项 --${name}。可用选项：${[...known, ...valueless].map((k) => `--${k}`).join(' ')}`);
    if (valueless.includes(name)) {
      flags[name] = 'true';
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`选项 --${name} 缺少取值`);
    flags[name] = value;
  }
  return { positional, flags };
}
