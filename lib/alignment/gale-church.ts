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

  // Pruning (same result): a cell (i, j) lies on some path of cost at least
  // perStep · (|i − j| + |(n − i) − (m − j)|): every bead that changes i − j does so
  // by |ds − dt| and costs at least its prior. Where that bound exceeds the cost of
  // one path that exists (upper), no cheapest path passes, so the cell is never
  // computed and reads as unreachable. Cells of the cheapest path keep their exact
  // cost and bead (every candidate left out was strictly worse), so the beads and
  // the cost are those of the full table.
  const upper = pathCost(source, target, band, shapeSource, shapeTarget, shapeCost, sourceScale, targetScale, variance);
  let perStep = Infinity;
  for (let k = 0; k < count; k++) {
    const d = Math.abs(shapeSource[k]! - shapeTarget[k]!);
    if (d > 0) perStep = Math.min(perStep, shapeCost[k]! / d);
  }
  // The slack keeps the bound clear of rounding (the costs are sums of a few hundred terms).
  const limit = upper * (1 + 1e-9) + 1e-9;
  const reach = perStep > 0 && Number.isFinite(perStep) && Number.isFinite(upper) ? limit / perStep : Infinity;
  // |d| + |D − d| ≤ reach for d = i − j, D = n − m: d within [min(0, D) − r, max(0, D) + r].
  const skew = n - m;
  const spare = Number.isFinite(reach) ? Math.floor((reach - Math.abs(skew)) / 2) : Infinity;
  const dLow = Math.min(0, skew) - spare;
  const dHigh = Math.max(0, skew) + spare;

  for (let i = 0; i <= n; i++) {
    const sourceEnd = source[i]!;
    const low = lows[i]!;
    const high = highs[i]!;
    const offset = offsets[i]!;
    const from = Number.isFinite(dHigh) ? Math.max(low, i - dHigh) : low;
    const to = Number.isFinite(dLow) ? Math.min(high, i - dLow) : high;
    for (let j = from; j <= to; j++) {
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
      // The same bound from the other side, with this cell's cost for the way here.
      if (best + perStep * Math.abs(n - i - (m - j)) > limit) continue;
      cost[here] = best;
      back[here] = bestShape;
    }
  }
  return { beads: trace(back, band, shapes, n, m), cost: cost[band.index(n, m)] ?? Infinity };
}

/**
 * The cost, as solve() sums it, of one path through the band: from each cell the
 * 1–1, 1–0 or 0–1 bead whose cell stays nearest the band's centre line (1–1 on a
 * tie). Infinity when the shapes lack one it needs or the path leaves the band.
 */
function pathCost(
  source: Float64Array,
  target: Float64Array,
  band: Band,
  shapeSource: Int32Array,
  shapeTarget: Int32Array,
  shapeCost: Float64Array,
  sourceScale: number,
  targetScale: number,
  variance: number,
): number {
  const n = source.length - 1;
  const m = target.length - 1;
  let oneOne = -1;
  let oneZero = -1;
  let zeroOne = -1;
  for (let k = 0; k < shapeSource.length; k++) {
    const ds = shapeSource[k]!;
    const dt = shapeTarget[k]!;
    if (ds === 1 && dt === 1 && oneOne < 0) oneOne = k;
    else if (ds === 1 && dt === 0 && oneZero < 0) oneZero = k;
    else if (ds === 0 && dt === 1 && zeroOne < 0) zeroOne = k;
  }
  if (oneOne < 0 || oneZero < 0 || zeroOne < 0) return Infinity;
  const { lows, highs } = band;
  let cost = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    let k: number;
    if (i === n) k = zeroOne;
    else if (j === m) k = oneZero;
    else {
      const diagonal = Math.abs(j + 1 - ((i + 1) * m) / n);
      const down = Math.abs(j - ((i + 1) * m) / n);
      const right = Math.abs(j + 1 - (i * m) / n);
      k = diagonal <= down && diagonal <= right ? oneOne : down <= right ? oneZero : zeroOne;
    }
    const pi = i;
    const pj = j;
    i += shapeSource[k]!;
    j += shapeTarget[k]!;
    if (j < lows[i]! || j > highs[i]!) return Infinity;
    const before = cost + shapeCost[k]!;
    cost = k === oneOne ? before + matchCost((source[i]! - source[pi]!) * sourceScale, (target[j]! - target[pj]!) * targetScale, variance) : before;
  }
  return cost;
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
