/**
 * The one place that touches Prisma's WebAssembly schema engine
 * (@prisma/schema-engine-wasm, pinned to the exact version @prisma/client uses).
 *
 * Prisma's CLI downloads a native schema engine on first use; machines without
 * internet cannot. The same engine ships as WebAssembly and runs through a
 * driver adapter, which is what this module wires up. See
 * ARCHITECTURE.md ("Migrations") and lib/db/migrate.ts.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

/** The engine methods Copydesk uses, typed from @prisma/schema-engine-wasm. */
export type SchemaEngine = import("@prisma/schema-engine-wasm").SchemaEngine;

let enginePromise: Promise<typeof import("@prisma/schema-engine-wasm").SchemaEngine> | undefined;

async function loadEngineClass() {
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  (runtime as unknown as { __wbg_set_wasm(x: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return (runtime as unknown as typeof import("@prisma/schema-engine-wasm")).SchemaEngine;
}

/**
 * Opens a schema engine on the database behind `adapterFactory`.
 * `schemaFiles` are [path, content] pairs of the Prisma schema.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: [string, string][],
): Promise<SchemaEngine> {
  enginePromise ??= loadEngineClass();
  const Engine = await enginePromise;
  const debug = (message: string) => {
    if (process.env.COPYDESK_DEBUG_MIGRATE) console.error("[schema-engine]", message);
  };
  return Engine.new(
    { datamodels: schemaFiles },
    debug,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
