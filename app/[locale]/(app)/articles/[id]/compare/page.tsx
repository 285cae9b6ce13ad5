import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AlignedDiff } from "@/components/diff/aligned-diff";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadComparePage } from "@/lib/loaders/article-compare";
import { articlePageMetadata } from "@/lib/loaders/metadata";
import type { SearchParams } from "@/lib/loaders/search-params";

type Props = { params: LocaleParams<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata(db, (await params).id, "Compare");
}

/**
 * Any two versions of the translation (0 = the MT), word by word, inline or
 * side by side, in rows aligned with the original (headline first). The URL names both versions,
 * so a comparison can be shared.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, id } = await pageParams(params);
  await requireActor(locale, `/${locale}/articles/${id}/compare`);
  const [t, data] = await Promise.all([getTranslations("Compare"), loadComparePage(db, { id, searchParams: await searchParams })]);
  if (!data) notFound();
  const { article, query, from, to, missing, diff } = data;
  const tags = (n: number) =>
    [n === article.approvedRevisionNumber ? t("approvedTag") : null, n === article.publishedRevisionNumber ? t("publishedTag") : null].filter(Boolean).join(", ");
  const label = (n: number) => {
    const base = n === 0 ? t("mt") : n === article.headRevisionNumber ? t("current", { number: n }) : t("revision", { number: n });
    const tag = tags(n);
    return tag ? `${base} · ${tag}` : base;
  };
  // One-click comparisons with the current text: from the MT, the approved and the published revision.
  const head = article.headRevisionNumber;
  const presets = [
    { from: 0, label: t("presetMt") },
    ...(article.approvedRevisionNumber !== null && article.approvedRevisionNumber !== head ? [{ from: article.approvedRevisionNumber, label: t("presetApproved", { number: article.approvedRevisionNumber }) }] : []),
    ...(article.publishedRevisionNumber !== null && article.publishedRevisionNumber !== head && article.publishedRevisionNumber !== article.approvedRevisionNumber
      ? [{ from: article.publishedRevisionNumber, label: t("presetPublished", { number: article.publishedRevisionNumber }) }]
      : []),
  ];
  const options = data.versions;
  const href = (changes: Partial<{ view: string; changed: string | undefined }>) => {
    const q = new URLSearchParams({ from: String(from), to: String(to), view: changes.view ?? query.view });
    const changed = "changed" in changes ? changes.changed : query.changed;
    if (changed) q.set("changed", changed);
    return `/articles/${id}/compare?${q.toString()}`;
  };

  return (
    <main className="page page-wide">
      <PageHeader
        back={{ href: `/articles/${id}`, label: article.targetTitle }}
        title={t("title")}
        actions={
          <form className="row" action="">
            <label htmlFor="from" className="small">{t("from")}</label>
            <select id="from" name="from" defaultValue={from} style={{ width: "auto" }}>
              {options.map((n) => <option key={n} value={n}>{label(n)}</option>)}
            </select>
            <label htmlFor="to" className="small">{t("to")}</label>
            <select id="to" name="to" defaultValue={to} style={{ width: "auto" }}>
              {options.map((n) => <option key={n} value={n}>{label(n)}</option>)}
            </select>
            <input type="hidden" name="view" value={query.view} />
            <button className="button" type="submit">{t("show")}</button>
          </form>
        }
      />

      {head > 0 && presets.length > 1 && (
        <nav className="row" aria-label={t("presets")} style={{ marginBottom: 12 }} data-testid="compare-presets">
          <span className="muted small">{t("presets")}</span>
          <span className="segmented">
            {presets.map((p) => (
              <Link key={p.from} href={`/articles/${id}/compare?from=${p.from}&to=${head}&view=${query.view}`} aria-current={from === p.from && to === head ? "true" : undefined}>
                {p.label}
              </Link>
            ))}
          </span>
        </nav>
      )}
      {missing !== null || !diff ? (
        <div className="alert alert-error" role="alert">{t("unknownVersion", { number: missing ?? to })}</div>
      ) : (
        <>
          <div className="row" style={{ justifyContent: "space-between", marginBottom: 12 }}>
            <p className="muted small" style={{ margin: 0 }} data-testid="diff-summary">
              {t("summary", {
                ins: diff.body.summary.wordsInserted,
                del: diff.body.summary.wordsDeleted,
                sub: diff.body.summary.wordsSubstituted,
                pins: diff.body.summary.paragraphsInserted,
                pdel: diff.body.summary.paragraphsDeleted,
                pmov: diff.body.summary.paragraphsMoved,
              })}
            </p>
            <nav className="row" aria-label={t("view")}>
              <span className="segmented">
                <Link href={href({ view: "inline" })} aria-current={query.view === "inline" ? "true" : undefined}>{t("inline")}</Link>
                <Link href={href({ view: "split" })} aria-current={query.view === "split" ? "true" : undefined}>{t("split")}</Link>
              </span>
              <span className="segmented">
                <Link href={href({ changed: undefined })} aria-current={!query.changed ? "true" : undefined}>{t("showAll")}</Link>
                <Link href={href({ changed: "1" })} aria-current={query.changed ? "true" : undefined}>{t("hideUnchanged")}</Link>
              </span>
            </nav>
          </div>
          <section className="card card-body" aria-label={t("changes")}>
            <h2 className="compare-head">{label(from)} → {label(to)}</h2>
            <AlignedDiff
              comparison={{ headline: diff.headline, rows: diff.rows, body: { coarse: diff.body.coarse } }}
              mode={query.view}
              sourceLang={article.sourceLang}
              targetLang={article.targetLang}
              hideEqual={Boolean(query.changed)}
            />
          </section>
        </>
      )}
    </main>
  );
}
