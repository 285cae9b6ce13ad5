/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { env } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrate";

const applied = await applyMigrations(env.DATABASE_URL);
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
