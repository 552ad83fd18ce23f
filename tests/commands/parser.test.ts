import { describe, expect, it } from 'vitest';
import {
  formatUsage,
  HelpRequested,
  parseCommand,
  pickCommand,
  UsageError,
  type CommandSpec,
  type ProgramSpec,
} from '@/tools/cli';

const scans = {
  usage: { vi: ['npm run demo -- [--days <số-ngày>]'], en: ['npm run demo -- [--days <days>]'] },
  about: { vi: 'Đếm lượt quét.', en: 'Counts scans.' },
  options: {
    days: {
      type: 'string',
      default: '30',
      value: { vi: 'số-ngày', en: 'days' },
      help: { vi: 'số ngày', en: 'how many days' },
    },
    json: { type: 'boolean', default: false, help: { vi: 'in JSON', en: 'print JSON' } },
    yes: { type: 'boolean', short: 'y', help: { vi: 'không hỏi', en: 'ask nothing' } },
  },
} as const satisfies CommandSpec;

const program = {
  name: 'demo',
  about: { vi: 'Tài khoản.', en: 'Accounts.' },
  commands: {
    add: {
      usage: {
        vi: ['npm run demo -- add --username <tên>'],
        en: ['npm run demo -- add --username <name>'],
      },
      about: { vi: 'Thêm.', en: 'Adds.' },
      options: { username: { type: 'string', help: { vi: 'tên', en: 'name' } } },
    },
    list: {
      usage: { vi: ['npm run demo -- list'], en: ['npm run demo -- list'] },
      about: { vi: 'Liệt kê.', en: 'Lists.' },
      options: {},
    },
  },
} as const satisfies ProgramSpec<Record<string, CommandSpec>>;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
const problem = (fn: () => unknown) => {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(UsageError);
  return error instanceof UsageError ? error.problem : undefined;
};

describe('parseCommand', () => {
  it('gives typed values with their defaults', () => {
    expect(parseCommand(scans, [])).toEqual({ days: '30', json: false });
    expect(parseCommand(scans, ['--days', '7', '--json', '-y'])).toEqual({
      days: '7',
      json: true,
      yes: true,
    });
    expect(parseCommand(scans, ['--days=-5']).days).toBe('-5');
  });

  it('--help and -h give the usage, Vietnamese first, even beside a wrong option', () => {
    for (const args of [['--help'], ['-h'], ['--nope', '--help'], ['--days', '3', '-h']]) {
      const error = thrown(() => parseCommand(scans, args));
      expect(error).toBeInstanceOf(HelpRequested);
      expect(error instanceof HelpRequested && error.usage).toBe(formatUsage(scans));
    }
    const usage = formatUsage(scans);
    expect(usage.indexOf('Cách dùng:')).toBe(0);
    expect(usage.indexOf('Usage:')).toBeGreaterThan(usage.indexOf('hiện hướng dẫn này'));
    expect(usage).toContain('--days <số-ngày>  số ngày (mặc định: 30)');
    expect(usage).toContain('--days <days>  how many days (default: 30)');
    expect(usage).toContain('-y, --yes');
    expect(usage).toMatch(/-h, --help +show this help/);
  });

  it('names what is wrong, in both languages', () => {
    expect(problem(() => parseCommand(scans, ['--nope']))).toEqual({
      vi: 'không có tuỳ chọn --nope',
      en: 'unknown option: --nope',
    });
    expect(problem(() => parseCommand(scans, ['-x']))?.en).toBe('unknown option: -x');
    expect(problem(() => parseCommand(scans, ['--days']))?.en).toBe('--days needs a value');
    expect(problem(() => parseCommand(scans, ['--days', '-5']))?.en).toMatch(
      /^--days needs a value \(.*--days=-5\)$/,
    );
    expect(problem(() => parseCommand(scans, ['--json=1']))?.en).toBe('--json takes no value');
    expect(problem(() => parseCommand(scans, ['extra']))?.en).toBe('unexpected argument: extra');
    const error = thrown(() => parseCommand(scans, ['--nope']));
    expect(error instanceof UsageError && error.usage).toBe(formatUsage(scans));
  });
});

describe('pickCommand', () => {
  it('finds the subcommand before or after its options', () => {
    expect(pickCommand(program, ['add', '--username', 'lan'])).toEqual({
      command: 'add',
      rest: ['--username', 'lan'],
    });
    // `list` here is a value, not the command.
    expect(pickCommand(program, ['--username', 'list', 'add'])).toEqual({
      command: 'add',
      rest: ['--username', 'list'],
    });
  });

  it('--help without a command lists every command; with one, that command’s own', () => {
    const whole = thrown(() => pickCommand(program, ['--help']));
    expect(whole).toBeInstanceOf(HelpRequested);
    const text = whole instanceof HelpRequested ? whole.usage : '';
    expect(text).toContain('npm run demo -- add --username <tên>');
    expect(text).toContain('npm run demo -- list');
    expect(text).toContain('npm run demo -- <lệnh> --help');
    const { command, rest } = pickCommand(program, ['add', '--help']);
    const own = thrown(() => parseCommand(program.commands[command], rest));
    expect(own instanceof HelpRequested && own.usage).toBe(formatUsage(program.commands.add));
  });

  it('a missing or unknown command, or a wrong option before one, is a usage error', () => {
    expect(problem(() => pickCommand(program, []))?.en).toBe('a command is required');
    expect(problem(() => pickCommand(program, ['frob']))?.en).toBe('unknown command: frob');
    expect(problem(() => pickCommand(program, ['--nope']))?.en).toBe('unknown option: --nope');
    const { command, rest } = pickCommand(program, ['list', '--username', 'x']);
    expect(problem(() => parseCommand(program.commands[command], rest))?.en).toBe(
      'unknown option: --username',
    );
  });
});
