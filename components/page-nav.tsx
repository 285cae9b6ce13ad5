import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

/** "← Previous · Page 2 of 5 · Next →" for numbered pages; nothing when there is one page. */
export function PageNav({ page, pageCount, label, hrefFor }: { page: number; pageCount: number; label: string; hrefFor: (page: number) => Href }) {
  const c = useTranslations("Common");
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link className="button button-small" href={hrefFor(page - 1)} rel="prev">← {c("previous")}</Link> : <span />}
      <span className="muted small">{c("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? <Link className="button button-small" href={hrefFor(page + 1)} rel="next">{c("next")} →</Link> : <span />}
    </nav>
  );
}
