"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

export function NavLinks({ admin }: { admin: boolean }) {
  const t = useTranslations("Nav");
  const pathname = usePathname();
  const links = [
    { href: "/articles", label: t("articles") },
    { href: "/import", label: t("import") },
    ...(admin ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  return (
    <nav aria-label={t("mainNavigation")} className="topnav">
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={pathname.startsWith(link.href) ? "page" : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
