/**
 * `npm run staff`: order desk accounts (usage below, or `--help`; each command has its own).
 * Reads DATABASE_URL or DATABASE_PATH, and SITE_URL.
 */
import {
  readCommand,
  readOptions,
  usageExit,
  type CommandSpec,
  type ProgramSpec,
  type Text,
  type Values,
} from '../tools/cli';

const username = {
  type: 'string',
  value: { vi: 'tên-đăng-nhập', en: 'username' },
  help: { vi: 'tên đăng nhập của tài khoản', en: 'the account’s username' },
} as const;
const byUsername = (verb: string, about: Text) =>
  ({
    usage: {
      vi: [`npm run staff -- ${verb} --username <tên-đăng-nhập>`],
      en: [`npm run staff -- ${verb} --username <username>`],
    },
    about,
    options: { username },
  }) as const satisfies CommandSpec;
const onOff = {
  vi: 'Khoá (disable) hoặc mở lại (enable) một tài khoản; khoá thì mọi phiên đăng nhập của nó kết thúc.',
  en: 'Disables or re-enables an account; disabling ends its sessions.',
};

const staff = {
  name: 'staff',
  about: {
    vi: 'Tài khoản bàn đơn hàng (/desk). Đọc DATABASE_URL hoặc DATABASE_PATH, và SITE_URL.',
    en: 'Order desk (/desk) accounts. Reads DATABASE_URL or DATABASE_PATH, and SITE_URL.',
  },
  commands: {
    add: {
      usage: {
        vi: [
          'npm run staff -- add --username <tên-đăng-nhập> --name "<tên hiển thị>" --role village --village <làng>',
          'npm run staff -- add --username <tên-đăng-nhập> --name "<tên hiển thị>" --role admin',
        ],
        en: [
          'npm run staff -- add --username <username> --name "<display name>" --role village --village <slug>',
          'npm run staff -- add --username <username> --name "<display name>" --role admin',
        ],
      },
      about: {
        vi: 'Tạo tài khoản và in liên kết đặt mật khẩu, dùng một lần, hết hạn sau 72 giờ.',
        en: 'Creates an account and prints a one-time setup link, valid 72 hours.',
      },
      options: {
        username: {
          ...username,
          help: { vi: '2–32 ký tự: a–z, 0–9, . _ -', en: '2–32 characters: a–z, 0–9, . _ -' },
        },
        name: {
          type: 'string',
          value: { vi: 'tên hiển thị', en: 'display name' },
          help: { vi: 'tên hiện trên bàn đơn hàng', en: 'the name the desk shows' },
        },
        role: {
          type: 'string',
          value: { vi: 'vai-trò', en: 'role' },
          help: {
            vi: 'village (người đại diện một làng) hoặc admin (cả huyện, mọi làng)',
            en: 'village (one village’s representative) or admin (the district, every village)',
          },
        },
        village: {
          type: 'string',
          value: { vi: 'làng', en: 'slug' },
          help: {
            vi: 'tên tệp của làng, ví dụ phu-vinh; chỉ với --role village',
            en: 'the village’s slug, e.g. phu-vinh; with --role village only',
          },
        },
      },
    },
    list: {
      usage: { vi: ['npm run staff -- list'], en: ['npm run staff -- list'] },
      about: { vi: 'Liệt kê các tài khoản.', en: 'Lists the accounts.' },
      options: {},
    },
    reset: byUsername('reset', {
      vi: 'In liên kết đặt mật khẩu mới; mật khẩu cũ và các phiên đăng nhập bị huỷ.',
      en: 'Prints a new setup link; the old password and sessions end.',
    }),
    disable: byUsername('disable|enable', onOff),
    enable: byUsername('disable|enable', onOff),
  },
} as const satisfies ProgramSpec<Record<string, CommandSpec>>;

type Request =
  | { command: 'add'; values: Values<typeof staff.commands.add.options> }
  | { command: 'list' }
  | { command: 'reset' | 'disable' | 'enable'; username: string };

function read(): Request {
  const { command, rest } = readCommand(staff);
  if (command === 'add') return { command, values: readOptions(staff.commands.add, rest) };
  if (command === 'list') {
    readOptions(staff.commands.list, rest);
    return { command };
  }
  const spec = staff.commands[command];
  const name = readOptions(spec, rest).username;
  if (!name) usageExit(spec, { vi: 'thiếu --username', en: '--username is required' });
  return { command, username: name };
}

const request = read();
// Loaded after the arguments: --help and a wrong option touch neither content nor the database.
const { getVillages } = await import('@/lib/content');
const db = await (await import('@/lib/db/client')).readyDb();
const { addStaff, listStaff, newStaffSchema, resetStaff, setDisabled, SETUP_TTL_MS, StaffError } =
  await import('@/lib/desk/staff');
const { env } = await import('@/lib/env');

const link = (token: string) => `${env.SITE_URL}/desk/setup?token=${token}`;
const hours = SETUP_TTL_MS / 3_600_000;

try {
  if (request.command === 'add') {
    const given: Record<string, string | undefined> = request.values;
    const villages = getVillages('vi').map((v) => v.slug);
    const input = newStaffSchema(villages).safeParse({
      username: given.username,
      displayName: given.name,
      role: given.role,
      village: given.village,
    });
    if (!input.success) {
      const flags = input.error.issues.map((i) => ({
        flag: i.path[0] === 'displayName' ? 'name' : String(i.path[0]),
        message: i.message,
      }));
      const missing = (flag: string) => given[flag] === undefined;
      usageExit(staff.commands.add, {
        vi: flags
          .map(({ flag }) => (missing(flag) ? `thiếu --${flag}` : `--${flag} không hợp lệ`))
          .join('; '),
        en: flags
          .map(({ flag, message }) =>
            missing(flag) ? `--${flag} is missing` : `--${flag}: ${message}`,
          )
          .join('; '),
      });
    }
    const { viewer, token } = await addStaff(db, input.data);
    console.log(
      `Đã tạo tài khoản / Account created: ${viewer.username} (${viewer.role}${viewer.village ? `, ${viewer.village}` : ''})`,
    );
    console.log(
      `Liên kết đặt mật khẩu, dùng một lần, hết hạn sau ${hours} giờ / One-time setup link, valid ${hours} h:`,
    );
    console.log(link(token));
  } else if (request.command === 'reset') {
    const token = await resetStaff(db, request.username.trim().toLowerCase());
    console.log(
      `Mật khẩu cũ và các phiên đã bị huỷ / Old password and sessions revoked. Setup link (${hours} h):`,
    );
    console.log(link(token));
  } else if (request.command === 'disable' || request.command === 'enable') {
    await setDisabled(db, request.username.trim().toLowerCase(), request.command === 'disable');
    console.log(`${request.username}: ${request.command}d`);
  } else {
    const rows = await listStaff(db);
    if (rows.length === 0) console.log('Chưa có tài khoản. / No accounts yet.');
    else
      console.table(
        rows.map((r) => ({
          username: r.username,
          name: r.displayName,
          role: r.role,
          village: r.village ?? '(all)',
          state: r.state,
        })),
      );
  }
} catch (error) {
  if (error instanceof StaffError)
    usageExit(staff.commands[request.command], {
      vi: `không thực hiện được: ${error.message}`,
      en: error.message,
    });
  throw error;
}
