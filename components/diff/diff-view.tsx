"use client";

import { useTranslations } from "next-intl";
import type { BlockDiff, DiffPart, DocumentDiff } from "@/lib/diff/types";
import styles from "./diff-view.module.css";

const WHITESPACE_ONLY = /^\s+$/u;

/** One visible glyph per whitespace character: ↵ for a line break, · for any space. */
function spaceGlyphs(text: string): string {
  return Array.from(text, (char) => (char === "\n" ? "↵" : "·")).join("");
}

/**
 * An inserted or deleted run of whitespace (a spacing fix), boxed and labelled:
 * as plain text it would be an invisible sliver.
 */
function SpaceMark({ text, op }: { text: string; op: "insert" | "delete" }) {
  const t = useTranslations("Diff");
  const count = Array.from(text).length;
  const label = op === "insert" ? t("spaceInserted", { count }) : t("spaceDeleted", { count });
  return (
    <span role="img" aria-label={label} title={label} className={styles.space} data-glyphs={spaceGlyphs(text)} data-testid="diff-space">
      {text}
    </span>
  );
}

function Change({ part }: { part: DiffPart & { op: "insert" | "delete" } }) {
  const content = WHITESPACE_ONLY.test(part.text) ? <SpaceMark text={part.text} op={part.op} /> : part.text;
  return part.op === "insert" ? <ins className="diff-ins">{content}</ins> : <del className="diff-del">{content}</del>;
}

function Parts({ parts, side }: { parts: DiffPart[]; side?: "old" | "new" }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === "equal") return <span key={i}>{p.text}</span>;
        if (p.op === "insert") return side === "old" ? null : <Change key={i} part={{ ...p, op: "insert" }} />;
        return side === "new" ? null : <Change key={i} part={{ ...p, op: "delete" }} />;
      })}
    </>
  );
}

function BlockLabel({ block }: { block: BlockDiff }) {
  const t = useTranslations("Diff");
  if (block.kind === "inserted") return <span className="diff-label diff-label-ins">{t("inserted")}</span>;
  if (block.kind === "deleted") return <span className="diff-label diff-label-del">{t("deleted")}</span>;
  if (block.kind === "moved" && block.movedTo !== undefined) return <span className="diff-label">{t("movedTo", { n: block.movedTo + 1 })}</span>;
  if (block.kind === "moved") return <span className="diff-label">{t("movedFrom", { n: (block.movedFrom ?? 0) + 1 })}</span>;
  return null;
}

function FormatNotes({ block }: { block: BlockDiff }) {
  const t = useTranslations("Diff");
  if (!block.formatChanges.length) return null;
  return (
    <ul className="diff-format">
      {block.formatChanges.map((c, i) => (
        <li key={i}>
          {c.kind === "block"
            ? t("blockFormat", { before: describeBlock(c.before), after: describeBlock(c.after) })
            : t(`mark_${c.change}`, { mark: c.markType, text: c.text, href: String(c.afterAttrs?.href ?? c.beforeAttrs?.href ?? "") })}
        </li>
      ))}
    </ul>
  );
}

function describeBlock(b: { type: string; attrs: Record<string, unknown> }) {
  return b.type === "heading" ? `h${String(b.attrs.level ?? "")}` : b.type;
}

/**
 * A read-only rendering of a document diff: inline (deletions struck through
 * in red, insertions in green) or side by side. Unchanged paragraphs can be
 * collapsed so the changes stand out.
 */
export function DiffView({ diff, mode = "inline", lang, hideEqual = false }: { diff: DocumentDiff; mode?: "inline" | "split"; lang: string; hideEqual?: boolean }) {
  const t = useTranslations("Diff");
  const blocks = hideEqual ? diff.blocks.filter((b) => b.kind !== "equal") : diff.blocks;
  if (blocks.length === 0) return <p className="muted">{t("noDifferences")}</p>;
  return (
    <div className={`diff diff-${mode}`} lang={lang} data-testid="diff">
      {diff.coarse && <p className="alert alert-warn small">{t("coarse")}</p>}
      {blocks.map((block, i) => (
        <DiffBlockView key={i} block={block} mode={mode} />
      ))}
    </div>
  );
}

/** One entry of a document diff (a paragraph), inline or side by side, with its label and formatting notes. */
export function DiffBlockView({ block, mode }: { block: BlockDiff; mode: "inline" | "split" }) {
  return (
    <div className={`diff-block diff-${block.kind}`} data-kind={block.kind}>
      <BlockLabel block={block} />
      {mode === "inline" ? (
        <p><Parts parts={block.parts} /></p>
      ) : (
        <div className="diff-split-row">
          <p className="diff-old"><Parts parts={block.parts} side="old" /></p>
          <p className="diff-new"><Parts parts={block.parts} side="new" /></p>
        </div>
      )}
      <FormatNotes block={block} />
    </div>
  );
}
