import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/actions/auth";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { NavLinks } from "@/components/nav-links";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countMyWork } from "@/lib/work/queries";

/** The signed-in frame. Each page checks the session itself (layouts do not re-run on navigation). */
export default async function AppLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageParams(params);
  const actor = await currentActor();
  const t = await getTranslations("Nav");
  const c = await getTranslations("Common");
  const r = await getTranslations("Roles");
  // Counts only (no rows): cheap enough for every page of the frame.
  const workCount = actor ? await countMyWork(db, actor) : 0;
  return (
    <>
      <header className="topbar">
        <Link href="/articles" className="brand">
          <span className="brand-mark" aria-hidden="true">C</span>
          {c("appName")}
        </Link>
        {actor && <NavLinks admin={policy.administer(actor)} reports={policy.viewReasonsReport(actor)} workCount={workCount} />}
        <div className="topbar-end">
          <LocaleSwitcher />
          {actor && (
            <>
              <span title={t("signedInAs", { name: actor.name })}>
                {actor.name} <span className="role">{r(actor.role)}</span>
              </span>
              <form action={signOutAction}>
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="link-button">
                  {t("signOut")}
                </button>
              </form>
            </>
          )}
        </div>
      </header>
      {children}
    </>
  );
}
