/**
 * `npm run db:schemas`: writes prisma/postgresql/schema.prisma from
 * prisma/schema.prisma (lib/db/postgres-schema.ts). Run it after every change
 * to prisma/schema.prisma; a test fails while the two disagree.
 */
import { readFile, writeFile } from "node:fs/promises";
import { prismaPaths } from "@/lib/db/migrate";
import { toPostgresSchema } from "@/lib/db/postgres-schema";

const source = await readFile(prismaPaths("sqlite").schema, "utf8");
const target = prismaPaths("postgresql").schema;
const next = toPostgresSchema(source);
const current = await readFile(target, "utf8").catch(() => null);
if (current === next) {
  console.log("prisma/postgresql/schema.prisma is up to date.");
} else {
  await writeFile(target, next);
  console.log("Wrote prisma/postgresql/schema.prisma; run `npm run db:new-migration -- <name>` if the models changed.");
}
