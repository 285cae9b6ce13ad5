import type { TextBlock } from "@/lib/editor/to-text";

/** The original article's text blocks, read-only, beside a diff or the commented translation. */
export function OriginalText({ label, title, blocks, lang }: { label: string; title?: string; blocks: TextBlock[]; lang: string }) {
  return (
    <section className="card card-body compare-source" aria-label={label} lang={lang}>
      <h2 className="compare-head">{label}</h2>
      {title !== undefined && <h3>{title}</h3>}
      {blocks.map((b, i) => (b.type === "heading" ? <h3 key={i}>{b.text}</h3> : <p key={i}>{b.text}</p>))}
    </section>
  );
}
