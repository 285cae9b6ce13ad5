"use client";

import { useTranslations } from "next-intl";
import { Fragment, memo } from "react";
import type { RowSentence } from "@/lib/articles/row-sentences";

export type SourceBlock = { index: number; type: string; text: string; sentences: RowSentence[] };

type Handlers = {
  rowRef: (row: number, el: HTMLDivElement | null) => void;
  onHover: (row: number, block: number, sentence: number) => void;
};

type Props = Handlers & {
  rows: { source: number[] }[];
  blocks: SourceBlock[];
  lang: string;
  /** Sentence keys ("block:index") to highlight. */
  active: ReadonlySet<string>;
  onLeave: () => void;
};

/** One block's text with each sentence in its own span; text between sentences kept as is. */
function SourceText({ block, active, row, onHover }: { block: SourceBlock; active: string; row: number; onHover: Handlers["onHover"] }) {
  const Tag = block.type === "heading" ? "h3" : "p";
  const on = new Set(active.split(","));
  return (
    <Tag>
      {block.sentences.map((s, i) => (
        <Fragment key={s.index}>
          {block.text.slice(i === 0 ? 0 : block.sentences[i - 1]!.end, s.start)}
          <span
            className={on.has(`${block.index}:${s.index}`) ? "sent is-active" : "sent"}
            data-sentence={`${block.index}:${s.index}`}
            onMouseEnter={() => onHover(row, block.index, s.index)}
          >
            {block.text.slice(s.start, s.end)}
          </span>
        </Fragment>
      ))}
      {block.text.slice(block.sentences.at(-1)?.end ?? 0)}
    </Tag>
  );
}

/** Re-renders only when its own highlighted sentences change. */
const SourceRow = memo(function SourceRow({ r, source, blocks, active, emptyLabel, rowRef, onHover }: Handlers & {
  r: number;
  source: number[];
  blocks: SourceBlock[];
  /** This row's highlighted sentence keys, comma-joined (a string, so memo compares by value). */
  active: string;
  emptyLabel: string;
}) {
  return (
    <div className="src-row" ref={(el) => rowRef(r, el)} data-testid="source-row" data-row={r}>
      <div className="src-row-inner">
        {source.length === 0 ? (
          <p className="src-empty">{emptyLabel}</p>
        ) : (
          source.map((b) => <SourceText key={b} block={blocks[b]!} active={active} row={r} onHover={onHover} />)
        )}
      </div>
    </div>
  );
});

/**
 * The original, one row per aligned group, each sentence a span that can be
 * highlighted and hovered. Row heights are set from outside (min-height) so
 * that rows stand level with the translation.
 */
export const SourcePane = memo(function SourcePane({ rows, blocks, lang, active, rowRef, onHover, onLeave }: Props) {
  const t = useTranslations("Article");
  const emptyLabel = t("emptySlot");
  return (
    <div className="src-col" lang={lang} onMouseLeave={onLeave}>
      {rows.map((row, r) => {
        const rowActive = row.source
          .flatMap((b) => blocks[b]!.sentences.map((s) => `${b}:${s.index}`))
          .filter((key) => active.has(key))
          .join(",");
        return <SourceRow key={r} r={r} source={row.source} blocks={blocks} active={rowActive} emptyLabel={emptyLabel} rowRef={rowRef} onHover={onHover} />;
      })}
    </div>
  );
});
