import { useTranslations } from "next-intl";

export type AlignedRow = {
  source: { text: string; type: string }[];
  target: { text: string; type: string }[];
};

function Side({ items, lang, emptyLabel, side, row }: { items: AlignedRow["source"]; lang: string; emptyLabel: string; side: "source" | "target"; row: number }) {
  if (items.length === 0) {
    return <div className="para para-empty" data-side={side} data-row={row}>{emptyLabel}</div>;
  }
  return (
    <div className="para" lang={lang} tabIndex={0} data-side={side} data-row={row}>
      {items.map((p, i) =>
        p.type === "heading" ? <h3 key={i}>{p.text}</h3> : <p key={i}>{p.text}</p>,
      )}
    </div>
  );
}

/**
 * The original beside the translation, one row per aligned group of
 * paragraphs. An unmatched paragraph stands opposite an empty slot.
 * Hovering or focusing either side highlights the whole row (CSS).
 */
export function BilingualView({
  title,
  rows,
  sourceLang,
  targetLang,
  targetLabel,
}: {
  title: { source: string; target: string };
  rows: AlignedRow[];
  sourceLang: string;
  targetLang: string;
  targetLabel: string;
}) {
  const t = useTranslations("Article");
  return (
    <section className="bilingual" aria-label={t("translation")}>
      <div className="bilingual-header">
        <div>{t("original")} <span className="lang-tag">{sourceLang}</span></div>
        <div>{targetLabel} <span className="lang-tag">{targetLang}</span></div>
      </div>
      <div className="para-row is-title" data-testid="title-row">
        <Side items={[{ text: title.source, type: "title" }]} lang={sourceLang} emptyLabel="" side="source" row={-1} />
        <Side items={[{ text: title.target, type: "title" }]} lang={targetLang} emptyLabel="" side="target" row={-1} />
      </div>
      {rows.map((row, i) => (
        <div className="para-row" key={i} data-testid="para-row">
          <Side items={row.source} lang={sourceLang} emptyLabel={t("emptySlot")} side="source" row={i} />
          <Side items={row.target} lang={targetLang} emptyLabel={t("emptySlot")} side="target" row={i} />
        </div>
      ))}
    </section>
  );
}
