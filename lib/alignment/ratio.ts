/**
 * Choosing c, the expected target length per unit of source length, for the
 * language pair at hand: Chinese→English runs at 3–4 letters per character,
 * French→English below 1, and nothing here may assume either.
 */

/** Candidates are c₀·STEP^k for k = ±1 … ±steps. */
const STEP = 1.25;
/** Up to ×3 either way: one sentence left out can be most of a short paragraph. */
const WIDE_STEPS = 5;
/** Above this many DP cells one omission barely moves the totals, and every candidate costs a full pass. */
const WIDE_SEARCH_MAX_CELLS = 2_500;

export function isUsableRatio(ratio: number | undefined): ratio is number {
  return ratio !== undefined && Number.isFinite(ratio) && ratio > 0;
}

/**
 * Values of c worth trying, best guess first: c₀, the ratio of the totals,
 * then values ever further above and below it. Something left untranslated
 * (or added) skews the totals by its share of the text, and with c that far
 * off every pair looks mismatched, so the omission hides behind
 * misalignments. The caller keeps the alignment of least total cost; as the
 * costs depend on c only through z-scores measured in the longer side's
 * units, they are comparable across candidates.
 */
export function candidateRatios(source: Float64Array, target: Float64Array): [number, ...number[]] {
  const sourceTotal = source[source.length - 1] ?? 0;
  const targetTotal = target[target.length - 1] ?? 0;
  if (sourceTotal <= 0 || targetTotal <= 0) return [1];

  const totals = targetTotal / sourceTotal;
  const cells = source.length * target.length;
  const steps = cells <= WIDE_SEARCH_MAX_CELLS ? WIDE_STEPS : 1;
  const ratios: [number, ...number[]] = [totals];
  for (let k = 1; k <= steps; k++) ratios.push(totals * STEP ** k, totals / STEP ** k);
  return ratios;
}
