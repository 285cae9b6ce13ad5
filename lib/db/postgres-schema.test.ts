import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_CLIENT_OUTPUT, toPostgresSchema } from "./postgres-schema";

const sqlite = `// Source of truth.
// Second line.

generator client {
  provider     = "prisma-client"
  output       = "../lib/generated/prisma"
  moduleFormat = "esm"
}

datasource db {
  provider = "sqlite"
}

/// A note.
model Note {
  id   String @id
  body String
}
`;

describe("toPostgresSchema", () => {
  it("changes the provider and the client output and keeps the models", () => {
    const pg = toPostgresSchema(sqlite);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).not.toContain('"sqlite"');
    expect(pg).toContain(`output       = "${POSTGRES_CLIENT_OUTPUT}"`);
    expect(pg).toContain('provider     = "prisma-client"');
    expect(pg.slice(pg.indexOf("/// A note."))).toBe(sqlite.slice(sqlite.indexOf("/// A note.")));
  });

  it("replaces the source's leading comment with a do-not-edit notice", () => {
    const pg = toPostgresSchema(sqlite);
    expect(pg.startsWith("// GENERATED from prisma/schema.prisma")).toBe(true);
    expect(pg).not.toContain("Source of truth.");
  });

  it("refuses a source it does not recognise", () => {
    expect(() => toPostgresSchema(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(/provider = "sqlite"/);
    expect(() => toPostgresSchema(sqlite.replace(/ *output.*\n/, ""))).toThrow(/output/);
  });

  it("prisma/postgresql/schema.prisma is up to date (run `npm run db:schemas`)", () => {
    const committed = readFileSync("prisma/postgresql/schema.prisma", "utf8");
    expect(committed).toBe(toPostgresSchema(readFileSync("prisma/schema.prisma", "utf8")));
  });
});
