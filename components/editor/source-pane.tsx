"use client";

import { useTranslations } from "next-intl";
import { Fragment, memo } from "react";
import type { RowSentence } from "@/lib/articles/row-sentences";

export type SourceBlock = { index: number; type: string; text: string; sentences: RowSentence[] };

type Props = {
  rows: { source: number[] }[];
  blocks: SourceBlock[];
  lang: string;
  /** Sentence keys ("block:index") to highlight. */
  active: ReadonlySet<string>;
  rowRef: (row: number, el: HTMLDivElement | null) => void;
  onHover: (row: number, block: number, sentence: number) => void;
  onLeave: () => void;
};

/**
 * The original, one row per aligned group, each sentence a span that can be
 * highlighted and hovered. Row heights are set from outside (min-height) so
 * that rows stand level with the translation.
 */
export const SourcePane = memo(function SourcePane({ rows, blocks, lang, active, rowRef, onHover, onLeave }: Props) {
  const t = useTranslations("Article");
  return (
    <div className="src-col" lang={lang} onMouseLeave={onLeave}>
      {rows.map((row, r) => (
        <div className="src-row" key={r} ref={(el) => rowRef(r, el)} data-testid="source-row" data-row={r}>
          <div className="src-row-inner">
            {row.source.length === 0 ? (
              <p className="src-empty">{t("emptySlot")}</p>
            ) : (
              row.source.map((b) => {
                const block = blocks[b]!;
                const Tag = block.type === "heading" ? "h3" : "p";
                return (
                  <Tag key={b}>
                    {block.sentences.map((s, i) => (
                      <Fragment key={s.index}>
                        {block.text.slice(i === 0 ? 0 : block.sentences[i - 1]!.end, s.start)}
                        <span
                          className={active.has(`${b}:${s.index}`) ? "sent is-active" : "sent"}
                          data-sentence={`${b}:${s.index}`}
                          onMouseEnter={() => onHover(r, b, s.index)}
                        >
                          {block.text.slice(s.start, s.end)}
                        </span>
                      </Fragment>
                    ))}
                    {block.text.slice(block.sentences.at(-1)?.end ?? 0)}
                  </Tag>
                );
              })
            )}
          </div>
        </div>
      ))}
    </div>
  );
});
