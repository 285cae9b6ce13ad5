/**
 * Runs once when the server starts (instrumentation.ts): applies pending
 * migrations, then seeds the demo into an empty database.
 */
import { db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { seedDemoIfEmpty } from "@/lib/seed/seed";

export async function startup() {
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length) log.info("Applied database migrations", { migrations: applied });
  if (env.COPYDESK_SEED_DEMO && (await seedDemoIfEmpty(db))) {
    // Printed once, on the start that created them. Demo passwords only.
    console.log(
      [
        "",
        "Copydesk demo data created. Demo accounts (demo passwords, change before real use):",
        ...DEMO_USERS.map((u) => `  ${u.role.padEnd(9)} ${u.email.padEnd(26)} ${u.password}`),
        "",
      ].join("\n"),
    );
  }
  console.log(`Copydesk is ready at ${env.COPYDESK_URL}`);
}
