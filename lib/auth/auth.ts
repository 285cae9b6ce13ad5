/**
 * Better Auth: email + password sessions stored through Prisma.
 * Sign-up is closed (admins create users); disabled users cannot start a
 * session; the cookie cache is off so that ending a user's sessions takes
 * effect on their next request.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { databaseProvider, env } from "@/lib/env";

export const auth = betterAuth({
  appName: "Copydesk",
  baseURL: env.COPYDESK_URL,
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, {
    provider: databaseProvider(),
    // Interactive transactions on the shared SQLite connection can roll back
    // other requests' writes (see ARCHITECTURE.md); Better Auth's writes here
    // are single statements, so none are needed.
    transaction: false,
  }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: 10,
    maxPasswordLength: 256,
  },
  user: {
    additionalFields: {
      role: { type: "string", input: false, defaultValue: "editor" },
      disabled: { type: "boolean", input: false, defaultValue: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 7,
    updateAge: 60 * 60 * 24,
    cookieCache: { enabled: false },
  },
  // Sign-in throttling per account and per address is done by
  // lib/auth/throttle.ts around the one sign-in entry point; this limiter
  // is Better Auth's own per-address guard for its HTTP endpoints.
  rateLimit: { enabled: true, storage: "database", window: 60, max: 100 },
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
          if (!user || user.disabled) throw new APIError("FORBIDDEN", { message: "ACCOUNT_DISABLED" });
        },
      },
    },
  },
  logger: { disabled: env.NODE_ENV === "test" },
  plugins: [nextCookies()],
});
