import type { ComponentProps, ReactNode } from "react";
import { StatusPill } from "@/components/status-pill";
import { Link } from "@/i18n/navigation";
import styles from "./page-header.module.css";

type Href = ComponentProps<typeof Link>["href"];

type PageHeaderProps = {
  /** The page's one h1. */
  title: ReactNode;
  /** A muted line under the title (a count, an intro) — or, with `status`, beside it. */
  subtitle?: ReactNode;
  /** A "← label" link above the header, to the page this one belongs to. */
  back?: { href: Href; label: ReactNode };
  /** Buttons, a search form or a segmented nav at the header's end. */
  actions?: ReactNode;
  /** The compact header of an article's pages (the article, a revision, its review): subtitle beside the title. */
  compact?: boolean;
  /** With `compact`: the article's status, as a pill beside the title. */
  status?: string;
  /** Language of the title, when it is article text rather than UI text. */
  lang?: string;
  /** No bottom margin: the page's grid spaces it (the admin pages). */
  flush?: boolean;
};

/** The header of every page: optional back link, title, subtitle, status and actions. */
export function PageHeader({ title, subtitle, back, actions, compact, status, lang, flush }: PageHeaderProps) {
  const heading = <h1 lang={lang}>{title}</h1>;
  const backLink = back && (
    <p className={`small ${styles.back}`}>
      <Link href={back.href}>← {back.label}</Link>
    </p>
  );
  if (compact) {
    return (
      <>
        {backLink}
        <div className="article-head">
          {heading}
          {status !== undefined && <StatusPill status={status} />}
          {subtitle && <span className="muted small">{subtitle}</span>}
          {actions && <div className={`row ${styles.end}`}>{actions}</div>}
        </div>
      </>
    );
  }
  return (
    <>
      {backLink}
      <div className={`page-header ${flush ? styles.flush : ""}`}>
        {subtitle ? (
          <div>
            {heading}
            <p className={`muted small ${styles.subtitle}`}>{subtitle}</p>
          </div>
        ) : (
          heading
        )}
        {actions}
      </div>
    </>
  );
}
