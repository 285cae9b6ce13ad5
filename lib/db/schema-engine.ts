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
  // Resolved by Node at run time, not by the bundler: the .wasm file sits
  // beside the package's JavaScript in node_modules.
  const nodeRequire = createRequire(path.join(process.cwd(), "package.json"));
  const dir = path.dirname(nodeRequire.resolve(/*turbopackIgnore: true*/ "@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = await readFile(/*turbopackIgnore: true*/ path.join(dir, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  (runtime as unknown as { __wbg_set_wasm(x: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return (runtime as unknown as typeof import("@prisma/schema-engine-wasm")).SchemaEngine;
}

/** An open engine and the way to let go of it and of its connections. */
export type OpenSchemaEngine = { engine: SchemaEngine; close(): Promise<void> };

/**
 * Opens a schema engine on the database behind `adapterFactory`.
 * `schemaFiles` are [path, content] pairs of the Prisma schema. Always
 * `close()` it: the engine keeps its connections (and, on SQLite, its
 * locks) until they are disposed, and freeing the engine does not do that.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: [string, string][],
): Promise<OpenSchemaEngine> {
  enginePromise ??= loadEngineClass();
  const Engine = await enginePromise;
  const debug = (message: string) => {
    if (process.env.COPYDESK_DEBUG_MIGRATE) console.error("[schema-engine]", message);
  };
  const connections: { dispose(): Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => {
      const connection = await adapterFactory.connect();
      connections.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await adapterFactory.connectToShadowDb();
      connections.push(connection);
      return connection;
    },
  };
  const engine = await Engine.new({ datamodels: schemaFiles }, debug, bindMigrationAwareSqlAdapterFactory(tracked));
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(connections.splice(0).map((c) => c.dispose()));
    },
  };
}
