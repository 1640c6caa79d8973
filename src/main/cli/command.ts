/** A CLI command: its name, one-line summary, usage text for --help, and its run function. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Full --help text in Chinese, starting with the usage line. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Parse `--name value` / `--flag` options and positional arguments. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[] },
): { positional: string[]; values: Record<string, string>; flags: Set<string>; unknown: string[] } {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (spec.values?.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) unknown.push(`--${name} 缺少取值`);
        else values[name] = v;
      } else if (spec.flags?.includes(name)) flags.add(name);
      else unknown.push(`未知选项 --${name}`);
    } else positional.push(a);
  }
  return { positional, values, flags, unknown };
}
