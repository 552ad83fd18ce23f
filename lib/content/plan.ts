import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isoDate } from './schema-explore';

/** content/settings/plan.yml: the plan's training targets and the figures reported so far. */
const count = z.number().int().min(0);

export const TARGET_KEYS = ['decision-1956', 'industry-extension'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export const planSchema = z
  .strictObject({
    plan: z.string().trim().min(1),
    year: z.number().int().min(2000).max(2100),
    totalTarget: count,
    targets: z
      .array(
        z.strictObject({
          key: z.enum(TARGET_KEYS),
          target: count,
          reported: count.optional(),
        }),
      )
      .min(1),
    reportedAsOf: isoDate.optional(),
    /** True while the reported figures are demonstration values, not an official report. */
    reportedSample: z.boolean(),
  })
  .superRefine((p, ctx) => {
    const sum = p.targets.reduce((n, t) => n + t.target, 0);
    if (sum !== p.totalTarget)
      ctx.addIssue({ code: 'custom', path: ['totalTarget'], message: 'plan-sum' });
  });
export type Plan = z.infer<typeof planSchema>;

export const PLAN_FILE = 'settings/plan.yml';

export function readPlan(contentDir = path.join(process.cwd(), 'content')): Plan {
  return planSchema.parse(parse(readFileSync(path.join(contentDir, PLAN_FILE), 'utf8')));
}

let cached: Plan | undefined;
export function getPlan(): Plan {
  cached ??= readPlan();
  return cached;
}
