/**
 * The PostgreSQL Prisma schema, derived from prisma/schema.prisma (SQLite),
 * which stays the single source of truth. One Prisma schema has one provider,
 * so PostgreSQL gets its own file under prisma/postgresql/, written by
 * `npm run db:schemas` (scripts/db-schemas.ts); a test fails when the
 * committed file is out of date.
 *
 * The models are copied unchanged: they use no SQLite-only features (statuses
 * and roles are strings validated by zod, no native `@db.` types), so Prisma
 * maps them to the usual PostgreSQL types (TEXT, INTEGER, TIMESTAMP(3), …).
 */

/** Where the PostgreSQL client is generated, relative to prisma/postgresql/. */
export const POSTGRES_CLIENT_OUTPUT = "../../lib/generated/prisma-pg";

const GENERATED_NOTICE = [
  "// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit:",
  "// change prisma/schema.prisma, run `npm run db:schemas`, then",
  "// `npm run db:new-migration -- <name>` (writes the SQLite and PostgreSQL migrations).",
].join("\n") + "\n\n";

/**
 * Rewrites the SQLite schema text into the PostgreSQL one: the datasource
 * provider and the generator's output change, everything else is kept.
 * Throws when the source no longer has the shape this expects, rather than
 * writing a schema that silently points at the wrong client or database.
 */
export function toPostgresSchema(sqliteSchema: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/;
  if (!provider.test(sqliteSchema)) throw new Error('prisma/schema.prisma: expected `datasource db { provider = "sqlite" }`');
  if (!output.test(sqliteSchema)) throw new Error("prisma/schema.prisma: expected `generator client { output = … }`");
  // The source's leading comment calls itself the source of truth; the notice replaces it.
  const body = sqliteSchema
    .replace(/^(?:\/\/[^\n]*\n|\s*\n)*/, "")
    .replace(provider, '$1"postgresql"')
    .replace(output, `$1"${POSTGRES_CLIENT_OUTPUT}"`);
  return GENERATED_NOTICE + body;
}
