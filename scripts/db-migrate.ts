/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { applyMigrations } from "@/lib/db/migrate";
import { databaseProvider, env } from "@/lib/env";

try {
  const applied = await applyMigrations(env.DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  // Prisma's engine locks SQLite exclusively while migrating; a running
  // Copydesk keeps the file open (and migrates by itself when it starts).
  if (databaseProvider() === "sqlite" && /SocketTimeout|database is locked|SQLITE_BUSY/i.test(String(error))) {
    console.error("The database is in use (is Copydesk running?). Stop it and run this again, or just restart Copydesk: it applies migrations when it starts.");
    process.exit(1);
  }
  throw error;
}
