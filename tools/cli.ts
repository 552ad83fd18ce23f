/**
 * The argument parsing every command for people shares (node:util parseArgs, strict): `--help` / `-h`
 * prints the usage in Vietnamese, then English, and exits 0; a wrong option or argument prints what is
 * wrong and the usage to stderr and exits 2 (never a stack trace).
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** One thing said in both languages; Vietnamese is shown first. */
export interface Text {
  vi: string;
  en: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** The value's name in the usage (`--days <số-ngày>`), for a string option. */
  value?: Text;
  help: Text;
}
export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** How it is run, one line per form, e.g. `npm run scans -- [--days <số-ngày>]`. */
  usage: { vi: readonly string[]; en: readonly string[] };
  about: Text;
  options: O;
}

/** A command with subcommands (`staff add`, `new product`); each has its own spec and `--help`. */
export interface ProgramSpec<C extends Record<string, CommandSpec>> {
  /** As in `npm run <name>`. */
  name: string;
  about: Text;
  commands: C;
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;
const HELP_TEXT: Text = { vi: 'hiện hướng dẫn này', en: 'show this help' };
type Config<O extends OptionSpecs> = {
  args: string[];
  options: O & typeof HELP;
  strict: true;
  allowPositionals: false;
};
/** What `parseArgs` gives for these options (typed by @types/node), without `help`. */
export type Values<O extends OptionSpecs> = Omit<
  ReturnType<typeof parseArgs<Config<O>>>['values'],
  'help'
>;

/** A wrong or missing argument; readOptions, readCommand and usageExit turn it into exit 2. */
export class UsageError extends Error {
  constructor(
    readonly problem: Text,
    readonly usage: string,
  ) {
    super(`${problem.vi} / ${problem.en}`);
    this.name = 'UsageError';
  }
}

/** Thrown for `--help`: not an error, but it ends parsing the same way. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super('help');
    this.name = 'HelpRequested';
  }
}

function optionLines(options: OptionSpecs, lang: keyof Text): string[] {
  const rows = [
    ...Object.entries(options).map(([name, o]) => {
      const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` <${o.value[lang]}>` : ''}`;
      const fallback =
        typeof o.default === 'string'
          ? lang === 'vi'
            ? ` (mặc định: ${o.default})`
            : ` (default: ${o.default})`
          : '';
      return [flag, `${o.help[lang]}${fallback}`] as const;
    }),
    ['-h, --help', HELP_TEXT[lang]] as const,
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}

/** The usage in both languages, Vietnamese first; `footer` ends each half. */
export function formatUsage(spec: CommandSpec, footer?: Text): string {
  const half = (lang: keyof Text, heading: string) =>
    [
      heading,
      ...spec.usage[lang].map((line) => `  ${line}`),
      '',
      spec.about[lang],
      '',
      ...optionLines(spec.options, lang),
      ...(footer ? ['', footer[lang]] : []),
    ].join('\n');
  return `${half('vi', 'Cách dùng:')}\n\n${half('en', 'Usage:')}\n`;
}

/** What is wrong with `args`, in words a person reads; undefined when strict parsing would pass. */
function problemWith(args: string[], options: OptionSpecs): Text | undefined {
  const { tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind === 'positional')
      return { vi: `thừa đối số: ${t.value}`, en: `unexpected argument: ${t.value}` };
    if (t.kind !== 'option' || t.name === 'help') continue;
    const type = options[t.name]?.type;
    if (!type) return { vi: `không có tuỳ chọn ${t.rawName}`, en: `unknown option: ${t.rawName}` };
    if (type === 'boolean' && t.inlineValue)
      return { vi: `${t.rawName} không nhận giá trị`, en: `${t.rawName} takes no value` };
    if (type === 'string' && t.value === undefined)
      return { vi: `${t.rawName} cần một giá trị`, en: `${t.rawName} needs a value` };
    // Strict parsing takes `--days -5` for a forgotten value; `--days=-5` says it is one.
    if (type === 'string' && !t.inlineValue && t.value?.startsWith('-'))
      return {
        vi: `${t.rawName} cần một giá trị (giá trị bắt đầu bằng "-" thì viết ${t.rawName}=${t.value})`,
        en: `${t.rawName} needs a value (for a value starting with "-", write ${t.rawName}=${t.value})`,
      };
  }
  return undefined;
}

const wantsHelp = (args: string[], options: OptionSpecs) =>
  parseArgs({ args, options: { ...options, ...HELP }, strict: false, allowPositionals: true })
    .values.help === true;

/** Parses `args` against one command's options; throws HelpRequested or UsageError. */
export function parseCommand<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  args: string[],
): Values<O> {
  const usage = formatUsage(spec);
  if (wantsHelp(args, spec.options)) throw new HelpRequested(usage);
  const problem = problemWith(args, spec.options);
  if (problem) throw new UsageError(problem, usage);
  try {
    return parseArgs<Config<O>>({
      args,
      options: { ...spec.options, ...HELP },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // A case problemWith does not name yet: Node's own message, still without a stack trace.
    if (!(error instanceof TypeError)) throw error;
    throw new UsageError({ vi: error.message, en: error.message }, usage);
  }
}

/** The subcommand `args` name and the rest of them; throws HelpRequested or UsageError. */
export function pickCommand<C extends Record<string, CommandSpec>>(
  program: ProgramSpec<C>,
  args: string[],
): { command: keyof C & string; rest: string[] } {
  const specs: CommandSpec[] = Object.values(program.commands);
  const every: OptionSpecs = Object.assign({}, ...specs.map((s) => s.options));
  // Options may come before the subcommand (parseArgs allowed it): their values are not commands.
  const { tokens } = parseArgs({
    args,
    options: { ...every, ...HELP },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((t) => t.kind === 'positional');
  const command = first?.value;
  const isCommand = (c: string | undefined): c is keyof C & string =>
    c !== undefined && Object.hasOwn(program.commands, c);
  if (isCommand(command)) return { command, rest: args.filter((_, i) => i !== first?.index) };

  const usage = formatUsage(
    {
      usage: {
        vi: [...new Set(specs.flatMap((s) => s.usage.vi))],
        en: [...new Set(specs.flatMap((s) => s.usage.en))],
      },
      about: program.about,
      options: {},
    },
    {
      vi: `Chi tiết từng lệnh: npm run ${program.name} -- <lệnh> --help`,
      en: `Each command's details: npm run ${program.name} -- <command> --help`,
    },
  );
  if (wantsHelp(args, every)) throw new HelpRequested(usage);
  throw new UsageError(
    command === undefined
      ? (problemWith(args, every) ?? { vi: 'thiếu lệnh', en: 'a command is required' })
      : { vi: `không có lệnh "${command}"`, en: `unknown command: ${command}` },
    usage,
  );
}

/** `--dir`-style arguments: a folder that is not there is a wrong argument, not a crash. */
export function folderProblem(flag: string, dir: string): Text | undefined {
  if (existsSync(dir) && statSync(dir).isDirectory()) return undefined;
  return { vi: `${flag}: không có thư mục ${dir}`, en: `${flag}: no such folder: ${dir}` };
}

function exitWith(error: HelpRequested | UsageError): never {
  if (error instanceof HelpRequested) {
    process.stdout.write(error.usage);
    process.exit(0);
  }
  process.stderr.write(`✗ ${error.problem.vi}\n  ${error.problem.en}\n\n${error.usage}`);
  process.exit(2);
}

function orExit<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof HelpRequested || error instanceof UsageError) exitWith(error);
    throw error;
  }
}

/** A command's options from the command line; `--help` or a wrong argument ends the process. */
export const readOptions = <O extends OptionSpecs>(
  spec: CommandSpec<O>,
  args = process.argv.slice(2),
): Values<O> => orExit(() => parseCommand(spec, args));

/** The subcommand and its arguments from the command line; `--help` or a wrong one ends the process. */
export const readCommand = <C extends Record<string, CommandSpec>>(
  program: ProgramSpec<C>,
  args = process.argv.slice(2),
) => orExit(() => pickCommand(program, args));

/** A problem found after parsing (a value out of range): the message and the usage, exit 2. */
export function usageExit(spec: CommandSpec, problem: Text): never {
  exitWith(new UsageError(problem, formatUsage(spec)));
}
