import type { HighlightRange } from "@/components/editor/highlights-extension";

/**
 * Overlapping underlines (an error inside a long sentence's warning) cut into
 * pieces that do not overlap, each with every class and every message of the
 * findings over it, the narrowest first: ProseMirror would otherwise keep
 * one finding's title for the overlap.
 */
export function splitOverlaps(ranges: readonly HighlightRange[]): HighlightRange[] {
  if (ranges.length < 2) return [...ranges];
  const cuts = [...new Set(ranges.flatMap((r) => [r.from, r.to]))].sort((a, b) => a - b);
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: HighlightRange[] = [];
  let open: HighlightRange[] = [];
  let next = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    const to = cuts[k + 1]!;
    while (next < sorted.length && sorted[next]!.from <= from) open.push(sorted[next++]!);
    open = open.filter((r) => r.to > from);
    if (!open.length) continue;
    const over = [...open].sort((a, b) => a.to - a.from - (b.to - b.from));
    const className = over.map((r) => r.className).join(" ");
    const title = over.map((r) => r.title).filter(Boolean).join("\n");
    const last = out[out.length - 1];
    if (last && last.to === from && last.className === className && last.title === title) last.to = to;
    else out.push({ from, to, className, title });
  }
  return out;
}
