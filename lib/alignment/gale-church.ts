/**
 * Length-based alignment after Gale & Church (1993), "A Program for Aligning
 * Sentences in Bilingual Corpora": translations keep the length of what they
 * translate, up to normally distributed noise, so the best alignment is the
 * sequence of beads minimising Σ −log P(length match) − log P(bead type).
 */
import { Band } from "./band";
import { twoTailedCost } from "./normal";
import { candidateRatios, isUsableRatio } from "./ratio";

/** Indices of the items on each side that translate each other; one side may be empty. */
export type Bead = { source: number[]; target: number[] };

export type GaleChurchOptions = {
  /** s², variance of the length difference per unit of length. Default 6.8 (Gale & Church). */
  variance?: number;
  /** c, expected target length per unit of source length. Default: estimated from the pair itself, starting from its totals. */
  ratio?: number;
  /** Alignments straying more than this many items from the diagonal are not considered. Default 100. */
  band?: number;
  /** Allow 2–2 beads. Default true. */
  twoToTwo?: boolean;
};

type Shape = { source: number; target: number; cost: number };

const shape = (source: number, target: number, prior: number): Shape => ({ source, target, cost: -Math.log(prior) });

/**
 * Gale & Church's bead priors. 1–1 first, so it wins ties.
 *
 * Unlike their program, 1–0 and 0–1 pay the prior only, not the cost of
 * matching a length against nothing: that cost grows with the length, so a
 * long paragraph left untranslated would cost more than misaligning every
 * row around it. Whether something was left out does not depend on its length.
 */
const SHAPES: readonly Shape[] = [
  shape(1, 1, 0.89),
  shape(1, 0, 0.0099),
  shape(0, 1, 0.0099),
  shape(2, 1, 0.089),
  shape(1, 2, 0.089),
  shape(2, 2, 0.011),
];
const WITHOUT_TWO_TO_TWO = SHAPES.slice(0, 5);

const DEFAULT_VARIANCE = 6.8;
const DEFAULT_BAND = 100;
const NO_SHAPE = 255;

/**
 * Aligns two sequences of lengths (characters of sentences or paragraphs).
 * Returns beads in order that cover every index of both sides exactly once:
 * 1–1, 1–2, 2–1, 2–2, and 1–0 / 0–1 for items without a counterpart. Pure
 * and deterministic; O(n·w) time and memory for a band of half-width w.
 *
 * Without `options.ratio`, c is the ratio of the two totals, or a value near
 * it when that explains the lengths better (see {@link candidateRatios}):
 * the totals are skewed exactly when something was left untranslated.
 *
 * @example
 *   galeChurch([40, 35], [120, 48, 55]) // → [{ source: [0], target: [0] }, { source: [1], target: [1, 2] }]
 */
export function galeChurch(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  options: GaleChurchOptions = {},
): Bead[] {
  const n = sourceLengths.length;
  const m = targetLengths.length;
  if (n === 0 || m === 0) return unmatched(n, m);

  const table: Table = {
    source: prefixSums(sourceLengths),
    target: prefixSums(targetLengths),
    variance: options.variance ?? DEFAULT_VARIANCE,
    shapes: options.twoToTwo === false ? WITHOUT_TWO_TO_TWO : SHAPES,
    band: new Band(n, m, options.band ?? DEFAULT_BAND),
  };
  if (isUsableRatio(options.ratio)) return solve(table, options.ratio).beads;

  const [totals, ...others] = candidateRatios(table.source, table.target);
  let best = solve(table, totals);
  // A clean 1–1 translation (the usual case) gives no sign of skewed totals: one pass is enough.
  if (best.beads.every(isOneToOne)) return best.beads;
  for (const ratio of others) {
    const candidate = solve(table, ratio);
    if (candidate.cost < best.cost) best = candidate;
  }
  return best.beads;
}

function isOneToOne(bead: Bead): boolean {
  return bead.source.length === 1 && bead.target.length === 1;
}

type Solution = { beads: Bead[]; cost: number };

type Table = {
  /** Prefix sums of the lengths: item i spans source[i]..source[i + 1]. */
  source: Float64Array;
  target: Float64Array;
  variance: number;
  shapes: readonly Shape[];
  band: Band;
};

function solve({ source, target, variance, shapes, band }: Table, ratio: number): Solution {
  const n = source.length - 1;
  const m = target.length - 1;
  const [sourceScale, targetScale] = scales(ratio);
  const cost = new Float64Array(band.size).fill(Infinity);
  const back = new Uint8Array(band.size).fill(NO_SHAPE);
  cost[band.index(0, 0)] = 0;
  // The hot loop reads the band's rows and the shapes from flat arrays instead of
  // calling Band#index per shape: the same cells, the same arithmetic, in the same order.
  const { lows, highs, offsets } = band;
  const count = shapes.length;
  const shapeSource = new Int32Array(count);
  const shapeTarget = new Int32Array(count);
  const shapeCost = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    shapeSource[k] = shapes[k]!.source;
    shapeTarget[k] = shapes[k]!.target;
    shapeCost[k] = shapes[k]!.cost;
  }

  for (let i = 0; i <= n; i++) {
    const sourceEnd = source[i]!;
    const low = lows[i]!;
    const high = highs[i]!;
    const offset = offsets[i]!;
    for (let j = low; j <= high; j++) {
      if (i === 0 && j === 0) continue;
      const targetEnd = target[j]!;
      let best = Infinity;
      let bestShape = NO_SHAPE;
      for (let k = 0; k < count; k++) {
        const ds = shapeSource[k]!;
        const dt = shapeTarget[k]!;
        if (ds > i || dt > j) continue;
        const pi = i - ds;
        const pj = j - dt;
        const pLow = lows[pi]!;
        if (pj < pLow || pj > highs[pi]!) continue;
        const before = cost[offsets[pi]! + pj - pLow]! + shapeCost[k]!;
        // Match costs are never negative, so this bead cannot win: skip the logarithm.
        if (before >= best) continue;
        const sourceLength = (sourceEnd - source[pi]!) * sourceScale;
        const targetLength = (targetEnd - target[pj]!) * targetScale;
        const total = ds === 0 || dt === 0 ? before : before + matchCost(sourceLength, targetLength, variance);
        if (total < best) {
          best = total;
          bestShape = k;
        }
      }
      const here = offset + j - low;
      cost[here] = best;
      back[here] = bestShape;
    }
  }
  return { beads: trace(back, band, shapes, n, m), cost: cost[band.index(n, m)] ?? Infinity };
}

/** The beads of the cheapest path, read backwards from the corner (n, m). */
function trace(back: Uint8Array, band: Band, shapes: readonly Shape[], n: number, m: number): Bead[] {
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = shapes[back[band.index(i, j)] ?? NO_SHAPE];
    // The band guarantees a path to every cell; this only guards the invariant.
    if (!s) throw new Error(`galeChurch: no path to (${i}, ${j})`);
    beads.push({ source: range(i - s.source, i), target: range(j - s.target, j) });
    i -= s.source;
    j -= s.target;
  }
  return beads.reverse();
}

/**
 * Gale & Church fitted s² on alphabetic character counts. Scaling the side
 * with fewer characters per unit of meaning up to the other (rather than the
 * other down) keeps lengths in those units whichever side is CJK, and makes
 * the cost symmetric in the two languages.
 */
function scales(ratio: number): [number, number] {
  return ratio >= 1 ? [ratio, 1] : [1, 1 / ratio];
}

/** −log P(match): how unlikely two (scaled) lengths are as translations of each other. */
function matchCost(sourceLength: number, targetLength: number, variance: number): number {
  const mean = (sourceLength + targetLength) / 2;
  if (mean === 0) return 0;
  // Clamped: the erfc fit is off by ~1e-8 at 0, and pruning relies on costs ≥ 0.
  return Math.max(0, twoTailedCost((targetLength - sourceLength) / Math.sqrt(variance * mean)));
}

function unmatched(n: number, m: number): Bead[] {
  return [
    ...range(0, n).map((i) => ({ source: [i], target: [] })),
    ...range(0, m).map((j) => ({ source: [], target: [j] })),
  ];
}

function prefixSums(lengths: readonly number[]): Float64Array {
  const sums = new Float64Array(lengths.length + 1);
  let total = 0;
  lengths.forEach((length, i) => {
    total += Number.isFinite(length) ? Math.max(0, length) : 0;
    sums[i + 1] = total;
  });
  return sums;
}

function at(values: Float64Array, i: number): number {
  return values[i] ?? 0;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
