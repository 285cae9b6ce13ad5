/**
 * Which database a client talks to, for the few queries whose SQL or options
 * differ between SQLite and PostgreSQL. Kept apart from client.ts so that
 * asking does not create the app's client.
 */
import type { DatabaseProvider } from "@/lib/env";

// On globalThis, like the client itself (client.ts): Next may bundle this
// module more than once (instrumentation, route chunks), and every copy must
// see the providers recorded when the shared client was created.
const globalForProviders = globalThis as { __copydeskDbProviders?: WeakMap<object, DatabaseProvider> };
const providers = (globalForProviders.__copydeskDbProviders ??= new WeakMap<object, DatabaseProvider>());

/** Recorded by lib/db/client.ts for every client it creates. */
export function rememberProvider(client: object, provider: DatabaseProvider) {
  providers.set(client, provider);
}

/** The database behind a client made by lib/db/client.ts. */
export function dbProvider(client: object): DatabaseProvider {
  const provider = providers.get(client);
  if (!provider) throw new Error("Unknown database client: create clients with lib/db/client.ts");
  return provider;
}
