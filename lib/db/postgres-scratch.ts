/**
 * Throwaway PostgreSQL databases, for tests and for computing migration
 * drift (a migration history is replayed into one, which then stands for the
 * migrated database). Not used by the server.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A connection to an existing database on the server where scratch databases
 * are created (it needs CREATEDB). CI and the dev machines run PostgreSQL at
 * 127.0.0.1:5432 with trust auth.
 */
export function postgresAdminUrl(): string {
  return process.env.COPYDESK_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export type ScratchDatabase = { url: string; name: string; drop(): Promise<void> };

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${redact(adminUrl)} (${String((error as Error).message ?? error)}). ` +
        "Start it, or point COPYDESK_POSTGRES_ADMIN_URL at a database on a server where this user may CREATE DATABASE.",
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named `<prefix>_<random>`; `drop()` removes it (closing leftover connections). */
export async function createScratchDatabase(prefix: string, adminUrl = postgresAdminUrl()): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`.toLowerCase();
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Bad scratch database name: ${name}`);
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // WITH (FORCE) (PostgreSQL 13+) ends connections a pool may still hold.
    drop: () => withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
