/**
 * Order desk accounts. Reads DATABASE_PATH and SITE_URL.
 *   npm run staff -- add --username lan --name "Lan" --role village --village phu-vinh
 *   npm run staff -- add --username huyen --name "Huyền" --role admin
 *   npm run staff -- list
 *   npm run staff -- reset --username lan      (new setup link; the old password and sessions end)
 *   npm run staff -- disable|enable --username lan
 */
import { parseArgs } from 'node:util';
import { getVillages } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import {
  addStaff,
  listStaff,
  newStaffSchema,
  resetStaff,
  setDisabled,
  SETUP_TTL_MS,
  StaffError,
} from '@/lib/desk/staff';
import { env } from '@/lib/env';

const USAGE = `Usage:
  npm run staff -- add --username <name> --name "<display name>" --role village --village <slug>
  npm run staff -- add --username <name> --name "<display name>" --role admin
  npm run staff -- list
  npm run staff -- reset --username <name>
  npm run staff -- disable|enable --username <name>`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    village: { type: 'string' },
  },
});
const [command, ...extra] = positionals;
if (extra.length) fail(`Unexpected argument: ${extra.join(' ')}`);
const db = getDb();
const link = (token: string) => `${env.SITE_URL}/desk/setup?token=${token}`;
const hours = SETUP_TTL_MS / 3_600_000;

try {
  if (command === 'add') {
    const villages = getVillages('vi').map((v) => v.slug);
    const input = newStaffSchema(villages).safeParse({
      username: values.username,
      displayName: values.name,
      role: values.role,
      village: values.village,
    });
    if (!input.success)
      fail(
        input.error.issues
          .map((i) => `--${i.path[0] === 'displayName' ? 'name' : String(i.path[0])}: ${i.message}`)
          .join('\n'),
      );
    const { viewer, token } = addStaff(db, input.data);
    console.log(
      `Đã tạo tài khoản / Account created: ${viewer.username} (${viewer.role}${viewer.village ? `, ${viewer.village}` : ''})`,
    );
    console.log(
      `Liên kết đặt mật khẩu, dùng một lần, hết hạn sau ${hours} giờ / One-time setup link, valid ${hours} h:`,
    );
    console.log(link(token));
  } else if (command === 'reset') {
    if (!values.username) fail('--username is required');
    const token = resetStaff(db, values.username.trim().toLowerCase());
    console.log(
      `Mật khẩu cũ và các phiên đã bị huỷ / Old password and sessions revoked. Setup link (${hours} h):`,
    );
    console.log(link(token));
  } else if (command === 'disable' || command === 'enable') {
    if (!values.username) fail('--username is required');
    setDisabled(db, values.username.trim().toLowerCase(), command === 'disable');
    console.log(`${values.username}: ${command}d`);
  } else if (command === 'list') {
    const rows = listStaff(db);
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
  } else {
    fail(command ? `Unknown command: ${command}` : 'A command is required');
  }
} catch (error) {
  if (error instanceof StaffError) fail(error.message);
  throw error;
}
