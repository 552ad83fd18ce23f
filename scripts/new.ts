/**
 * `npm run new -- product|village|tour|news`: a new content file, both languages, every field commented
 * (usage below, or `--help`; each kind has its own). Sample values are marked, and `npm run content:check`
 * lists them until they are filled in (tools/placeholders.ts). Never overwrites a file.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  folderProblem,
  readCommand,
  readOptions,
  usageExit,
  type CommandSpec,
  type OptionSpecs,
  type ProgramSpec,
} from '../tools/cli';
import { ScaffoldError, type Plan, type ScaffoldKind } from '../tools/scaffold/plan';
import { planFromAnswers, questions, type Answers } from '../tools/scaffold/questions';

// The Vietnamese for each flag is its question (tools/scaffold/questions.ts); this is the English.
const english: Record<ScaffoldKind, Record<string, string>> = {
  product: {
    village: 'village file name, e.g. phu-vinh',
    name: 'product name in Vietnamese, with diacritics',
    price: 'price in đồng, e.g. 250000',
    stock: 'pieces on the shelf (empty = made to order)',
    'name-en': 'English name (empty = translate later)',
    craft: 'craft (may-tre-dan | mo-go | theu-ren)',
    'lead-time': 'days to make one to order',
    slug: 'file name',
  },
  village: {
    name: 'village name, without the word “Làng”',
    commune: 'commune or ward today, e.g. Xã Phú Nghĩa',
    crafts: 'crafts, comma-separated (may-tre-dan, mo-go, theu-ren)',
    phone: 'contact phone number',
    prefix: 'SKU prefix, 2–4 capitals (empty = chosen for you)',
    'name-en': 'English name',
    lat: 'latitude',
    lng: 'longitude',
    summary: 'short introduction',
    slug: 'file name',
  },
  tour: {
    title: 'tour name in Vietnamese, with diacritics',
    villages: 'villages visited, comma-separated (e.g. phu-vinh, truong-yen)',
    phone: 'phone number for bookings',
    price: 'price per person in đồng (empty = quoted on request)',
    hours: 'length in hours',
    'title-en': 'English name',
    summary: 'short introduction',
    slug: 'file name',
  },
  news: {
    title: 'title in Vietnamese, with diacritics',
    start: 'first day, YEAR-MONTH-DAY (e.g. 2026-12-05)',
    place: 'place',
    kind: 'kind: fair | exhibition | training | news',
    end: 'last day (empty for a single day)',
    village: 'related village file name (empty if none)',
    'title-en': 'English title',
    summary: 'summary',
    slug: 'file name',
  },
};

const about: Record<ScaffoldKind, { vi: string; en: string }> = {
  product: {
    vi: 'Tạo một sản phẩm: tệp tiếng Việt, bản .en.mdx, ảnh minh họa tạm, mã sản phẩm kế tiếp của làng (ghi vào sổ mã).',
    en: 'Creates a product: the Vietnamese file, its .en.mdx, a placeholder picture, the village’s next SKU (registered).',
  },
  village: {
    vi: 'Tạo một làng: tệp tiếng Việt, bản .en.mdx và ảnh minh họa tạm.',
    en: 'Creates a village: the Vietnamese file, its .en.mdx and a placeholder picture.',
  },
  tour: {
    vi: 'Tạo một tour: tệp tiếng Việt, bản .en.mdx và ảnh minh họa tạm.',
    en: 'Creates a tour: the Vietnamese file, its .en.mdx and a placeholder picture.',
  },
  news: {
    vi: 'Tạo một tin (hội chợ, triển lãm, lớp học…): tệp tiếng Việt, bản .en.mdx và ảnh minh họa tạm.',
    en: 'Creates a news item (fair, exhibition, training…): the Vietnamese file, its .en.mdx and a placeholder picture.',
  },
};

const common = {
  yes: {
    type: 'boolean',
    short: 'y',
    default: false,
    help: {
      vi: 'không hỏi gì: thiếu tuỳ chọn bắt buộc là lỗi',
      en: 'ask nothing: a missing required option is an error',
    },
  },
  dir: {
    type: 'string',
    default: 'content',
    value: { vi: 'thư-mục', en: 'folder' },
    help: { vi: 'thư mục nội dung', en: 'the content folder' },
  },
  public: {
    type: 'string',
    default: 'public',
    value: { vi: 'thư-mục', en: 'folder' },
    help: { vi: 'thư mục ảnh công khai', en: 'the public folder' },
  },
} as const satisfies OptionSpecs;

function kindSpec(kind: ScaffoldKind): CommandSpec {
  const flags: OptionSpecs = {};
  for (const q of questions[kind]) {
    const asked = q.required
      ? { vi: ' — bắt buộc; thiếu thì hỏi', en: ' — required; asked if missing' }
      : q.ask
        ? { vi: ' — thiếu thì hỏi', en: ' — asked if missing' }
        : { vi: '', en: '' };
    flags[q.flag] = {
      type: 'string',
      value: { vi: 'giá-trị', en: 'value' },
      help: { vi: `${q.prompt}${asked.vi}`, en: `${english[kind][q.flag] ?? q.prompt}${asked.en}` },
    };
  }
  const draft = {
    type: 'boolean',
    default: false,
    help: {
      vi: 'tạo với published: false (chữ mẫu chỉ là cảnh báo; trang và tem chưa hiện)',
      en: 'create with published: false (sample values only warn; no page or label yet)',
    },
  } as const;
  const required = questions[kind].filter((q) => q.required).map((q) => `--${q.flag}`);
  return {
    usage: {
      vi: [
        `npm run new -- ${kind} [--<tuỳ-chọn> <giá-trị> …]${kind === 'product' ? ' [--draft]' : ''}`,
        `npm run new -- ${kind} --yes ${required.map((f) => `${f} <giá-trị>`).join(' ')} [--<tuỳ-chọn> <giá-trị> …]`,
      ],
      en: [
        `npm run new -- ${kind} [--<option> <value> …]${kind === 'product' ? ' [--draft]' : ''}`,
        `npm run new -- ${kind} --yes ${required.map((f) => `${f} <value>`).join(' ')} [--<option> <value> …]`,
      ],
    },
    about: {
      vi: `${about[kind].vi}\nHỏi những gì các tuỳ chọn chưa cho (trừ khi có --yes). Không bao giờ ghi đè tệp đã có.`,
      en: `${about[kind].en}\nAsks for what the options leave out (unless --yes). Never overwrites a file.`,
    },
    options: { ...flags, ...(kind === 'product' ? { draft } : {}), ...common },
  };
}

const program = {
  name: 'new',
  about: {
    vi: 'Tạo tệp nội dung mới (hai thứ tiếng, mọi trường có chú thích); npm run content:check liệt kê những chữ mẫu còn phải điền.',
    en: 'Creates a new content file (both languages, every field commented); npm run content:check lists the sample values left to fill in.',
  },
  commands: {
    product: kindSpec('product'),
    village: kindSpec('village'),
    tour: kindSpec('tour'),
    news: kindSpec('news'),
  },
} satisfies ProgramSpec<Record<ScaffoldKind, CommandSpec>>;

/** Questions on a terminal; answers read line by line when stdin is a pipe (readline drops lines it reads ahead). */
async function asker(): Promise<((prompt: string) => Promise<string>) & { close: () => void }> {
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    return Object.assign((prompt: string) => rl.question(prompt), { close: () => rl.close() });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  return Object.assign(
    async (prompt: string) => {
      const line = lines.shift() ?? '';
      console.log(`${prompt}${line}`);
      return line;
    },
    { close: () => undefined },
  );
}

async function main(): Promise<void> {
  const { command: kind, rest } = readCommand(program);
  const spec = program.commands[kind];
  const values = readOptions(spec, rest);
  const dir = String(values.dir);
  const missing = folderProblem('--dir', dir);
  if (missing) usageExit(spec, missing);
  // Loaded after the arguments: --help answers at once.
  const { readSite } = await import('../tools/scaffold/site');
  const { applyPlan } = await import('../tools/scaffold/write');
  const root = path.resolve(dir);
  const site = readSite(root);
  const flags = questions[kind].map((q) => q.flag);
  const given: Record<string, unknown> = values;
  const answers: Answers = Object.fromEntries(
    flags.map((f) => [f, typeof given[f] === 'string' ? given[f] : undefined]),
  );

  if (!values.yes) {
    if (kind === 'product' && !answers.village)
      console.log(`Các làng: ${site.villages.map((v) => v.slug).join(', ')}`);
    const ask = await asker();
    for (const q of questions[kind].filter(
      (x) => (x.required || x.ask) && answers[x.flag] === undefined,
    )) {
      answers[q.flag] = (await ask(`${q.prompt}: `)).trim();
    }
    ask.close();
  }

  let plan: Plan;
  try {
    plan = planFromAnswers(site, kind, answers, Boolean(values.draft));
  } catch (error) {
    // A missing or wrong value (typed or answered): the message and this kind's usage, exit 2.
    if (error instanceof ScaffoldError) usageExit(spec, { vi: error.vi, en: error.en });
    throw error;
  }
  const written = await applyPlan(
    root,
    path.resolve(String(values.public)),
    plan,
    dir.replace(/\/$/, ''),
  );
  const rel = (p: string) => path.relative(process.cwd(), p);

  console.log(`\n✓ Đã tạo / created:`);
  for (const f of [...written.files, ...(written.image ? [written.image] : [])])
    console.log(`  ${rel(f)}`);
  if (plan.sku)
    console.log(
      `  Mã sản phẩm / SKU: ${plan.sku} (đã ghi vào sổ mã ${rel(written.registry ?? '')})`,
    );
  console.log(`\nViệc tiếp theo / next steps:
  1. Mở ${rel(written.files[0] ?? '')} và điền lại những dòng có chữ ĐO LẠI, CÂN LẠI, VIẾT LẠI.
  2. Thay ảnh minh họa bằng ảnh thật (cùng tên tệp, ${plan.image.width}×${plan.image.height}): public${plan.image.src}
  3. Dịch phần chữ trong ${rel(written.files[1] ?? '')}.
  4. Kiểm tra: npm run content:check — còn chữ mẫu nào, bước kiểm tra báo lỗi ở đúng dòng đó
     (check: each sample value left is an error at its line, so none goes live as a fact)`);
  if (kind === 'product' || kind === 'village') {
    console.log(
      `\nXem trước / preview (npm run dev): http://localhost:3000/vi/${kind}s/${plan.slug}`,
    );
  }
  if (plan.sku) console.log(`In tem / label: http://localhost:3000/vi/labels?sku=${plan.sku}`);
  if (plan.sku && values.draft)
    console.log(
      '(published: false — trang và tem chỉ hiện khi đổi thành true / page and label appear once published: true)',
    );
}

main().catch((error: unknown) => {
  if (error instanceof ScaffoldError) {
    console.error(`✗ ${error.vi}\n  EN: ${error.en}`);
    process.exit(1);
  }
  throw error;
});
