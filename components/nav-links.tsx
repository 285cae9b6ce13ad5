"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import styles from "@/components/workflow/desk-views.module.css";

/**
 * The main navigation. `workCount` is what waits on "My work" (counted by the
 * layout); `reports` shows the reasons report (reviewers and admins).
 */
export function NavLinks({ admin, reports = false, workCount = 0 }: { admin: boolean; reports?: boolean; workCount?: number }) {
  const t = useTranslations("Nav");
  const pathname = usePathname();
  const links = [
    { href: "/work", label: t("myWork"), count: workCount },
    { href: "/articles", label: t("articles") },
    { href: "/import", label: t("import") },
    ...(reports ? [{ href: "/reports", label: t("reports") }] : []),
    ...(admin ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  return (
    <nav aria-label={t("mainNavigation")} className="topnav">
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
          {link.label}
          {link.count ? (
            <>
              <span className={styles.navCount} aria-hidden="true" data-testid="nav-work-count">{link.count > 99 ? "99+" : link.count}</span>
              <span className="visually-hidden">{` (${t("waiting", { count: link.count })})`}</span>
            </>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
