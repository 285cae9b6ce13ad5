/**
 * Runs once when the server starts (instrumentation.ts), before it takes
 * requests: applies pending migrations, seeds the demo into an empty
 * database, and starts the webhook delivery worker (lib/webhooks/worker.ts).
 * Migrations run before the app's database client is loaded: Prisma's
 * engine takes SQLite's exclusive lock while it migrates.
 */
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export async function startup() {
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length) log.info("Applied database migrations", { migrations: applied });

  const [{ db }, { seedDemoIfEmpty }, { DEMO_USERS }] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/seed/seed"),
    import("@/lib/seed/demo-users"),
  ]);
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
  // Delivers the webhook outbox in this process, about once a second; its timer does not keep the process alive.
  const { startWebhookWorker } = await import("@/lib/webhooks/worker");
  startWebhookWorker({ db });
  console.log(`Copydesk is ready at ${env.COPYDESK_URL}`);
}
