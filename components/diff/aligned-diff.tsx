"use client";

import { useTranslations } from "next-intl";
import type { AlignedComparison } from "@/lib/articles/aligned-diff";
import { DiffBlockView } from "./diff-view";
import styles from "./aligned-diff.module.css";

/**
 * A comparison laid out as the desk lays out the text (lib/articles/aligned-diff.ts):
 * the headline row first, then each original paragraph beside the diff of the
 * translation paragraph(s) it aligns with. `hideEqual` hides unchanged rows,
 * original and translation alike.
 */
export function AlignedDiff({
  comparison,
  mode,
  sourceLang,
  targetLang,
  hideEqual = false,
}: {
  comparison: Pick<AlignedComparison, "headline" | "rows"> & { body: { coarse: boolean } };
  mode: "inline" | "split";
  sourceLang: string;
  targetLang: string;
  hideEqual?: boolean;
}) {
  const t = useTranslations("AlignedDiff");
  const d = useTranslations("Diff");
  const { headline } = comparison;
  const rows = hideEqual ? comparison.rows.filter((r) => r.changed) : comparison.rows;
  const hidden = comparison.rows.length - rows.length + (hideEqual && !headline.changed ? 1 : 0);
  const showHeadline = !hideEqual || headline.changed;
  return (
    <div className={`${styles.table} ${mode === "split" ? styles.split : ""}`} data-testid="aligned-diff">
      <div className={styles.head}>
        <span>{t("original")} <span className="lang-tag">{sourceLang}</span></span>
        {mode === "split" ? (
          <span className={styles.headSplit}><span>{t("before")}</span><span>{t("after")}</span></span>
        ) : (
          <span>{t("translation")} <span className="lang-tag">{targetLang}</span></span>
        )}
      </div>
      {showHeadline && (
        <div className={`${styles.row} ${styles.headline}`} data-testid="aligned-headline" data-changed={headline.changed}>
          <div className={styles.src} lang={sourceLang}>
            <h3>{headline.source}</h3>
          </div>
          <div className={`diff diff-${mode} diff-title`} lang={targetLang} aria-label={t("headline")}>
            {headline.blocks.map((block, i) => <DiffBlockView key={i} block={block} mode={mode} />)}
          </div>
        </div>
      )}
      <div className={`diff diff-${mode}`} lang={targetLang} data-testid="diff">
        {comparison.body.coarse && <p className="alert alert-warn small">{d("coarse")}</p>}
        {rows.length === 0 && !showHeadline && <p className="muted">{d("noDifferences")}</p>}
        {rows.map((row, i) => (
          <div key={i} className={styles.row} data-testid="aligned-row" data-changed={row.changed}>
            <div className={styles.src} lang={sourceLang}>
              {row.source.length === 0 && <p className={styles.empty}>{t("noCounterpart")}</p>}
              {row.source.map((b, j) => (b.type === "heading" ? <h3 key={j}>{b.text}</h3> : <p key={j}>{b.text}</p>))}
            </div>
            <div>
              {row.blocks.length === 0 && <p className={styles.empty}>{t("noCounterpart")}</p>}
              {row.blocks.map((block, j) => <DiffBlockView key={j} block={block} mode={mode} />)}
            </div>
          </div>
        ))}
      </div>
      {hidden > 0 && <p className={`muted small ${styles.hidden}`} data-testid="hidden-rows">{t("hiddenRows", { count: hidden })}</p>}
    </div>
  );
}
