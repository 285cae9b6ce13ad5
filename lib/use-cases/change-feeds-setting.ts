/**
 * Makes the feeds public or token-protected (admin). The Setting row write
 * and its "setting.changed" audit event go in one array transaction. The
 * write is guarded by the value read (an update filtered on it, or a create
 * that the primary key refuses if a row appeared), so two admins toggling at
 * once cannot both succeed with a stale "from" in the audit: the loser gets
 * 409. Setting the value it already has writes nothing.
 */
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { isLostRace } from "@/lib/db/guarded-write";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { FEEDS_PUBLIC_KEY, parseFeedsPublic } from "@/lib/settings/feeds";

export const changeFeedsSettingSchema = z.strictObject({ public: z.boolean({ error: "invalid_type" }) });
export type ChangeFeedsSettingInput = z.input<typeof changeFeedsSettingSchema>;

export async function changeFeedsSetting(options: { db: Db; actor: Actor; input: ChangeFeedsSettingInput }): Promise<{ public: boolean; changed: boolean }> {
  const { db, actor } = options;
  if (!can(actor, "admin.settings")) throw new AppError("forbidden", "Admins only");
  const input = parseInput(changeFeedsSettingSchema, options.input);
  const row = await db.setting.findUnique({ where: { key: FEEDS_PUBLIC_KEY }, select: { value: true } });
  const before = parseFeedsPublic(row?.value);
  if (before === input.public) return { public: before, changed: false };
  const value = JSON.stringify(input.public);
  try {
    await db.$transaction([
      row
        ? db.setting.update({ where: { key: FEEDS_PUBLIC_KEY, value: row.value }, data: { value }, select: { key: true } })
        : db.setting.create({ data: { key: FEEDS_PUBLIC_KEY, value }, select: { key: true } }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        type: "setting.changed",
        subjectType: "setting",
        subjectId: FEEDS_PUBLIC_KEY,
        data: { key: FEEDS_PUBLIC_KEY, from: before, to: input.public },
      }),
    ]);
  } catch (error) {
    if (isLostRace(error)) {
      throw new AppError("conflict", "The setting changed meanwhile");
    }
    throw error;
  }
  return { public: input.public, changed: true };
}
