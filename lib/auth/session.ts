/**
 * The signed-in actor for server components, server actions and route
 * handlers. Pages call `requireActor` (redirects to sign-in); API routes call
 * `actorFromHeaders` and answer 401 themselves.
 */
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { parseRole, type Actor } from "./roles";

export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session || session.user.disabled) return null;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role: parseRole(session.user.role),
  };
}

/** The current request's actor, looked up once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

/** For pages: the actor, or a redirect to the sign-in page that comes back here. */
export async function requireActor(locale: string, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
