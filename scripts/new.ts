/**
 * `npm run new -- product|village|tour|news [--village phu-vinh --name "Giỏ mây" --price 250000 …] [--yes]`
 * Writes a new Vietnamese content file with every field commented, its .en.mdx twin and a placeholder
 * picture; every rule holds except the marked sample values, which `npm run content:check` lists until
 * they are filled in (tools/placeholders.ts). Asks for what the flags leave out
 * (unless --yes); never overwrites a file. `--dir` / `--public` point at another content tree.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { SCAFFOLD_KINDS, ScaffoldError, type ScaffoldKind } from '../tools/scaffold/plan';
import { planFromAnswers, questions, type Answers } from '../tools/scaffold/questions';
import { readSite } from '../tools/scaffold/site';
import { applyPlan } from '../tools/scaffold/write';

const flags = [
  ...new Set(
    Object.values(questions)
      .flat()
      .map((q) => q.flag),
  ),
];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(flags.map((f) => [f, { type: 'string' as const }])),
    yes: { type: 'boolean', short: 'y', default: false },
    draft: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'content' },
    public: { type: 'string', default: 'public' },
  },
});

const isKind = (k: unknown): k is ScaffoldKind =>
  (SCAFFOLD_KINDS as readonly unknown[]).includes(k);

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
  const kind = positionals[0];
  if (!isKind(kind)) {
    console.error(
      `Dùng / usage: npm run new -- ${SCAFFOLD_KINDS.join('|')} [--yes] [--tên-trường giá-trị …]`,
    );
    process.exit(2);
  }
  const dir = String(values.dir);
  const root = path.resolve(dir);
  const site = readSite(root);
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

  const plan = planFromAnswers(site, kind, answers, Boolean(values.draft));
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
