/**
 * The cells of an (n+1)×(m+1) dynamic-programming table that lie within
 * `halfWidth` items of the diagonal from (0,0) to (n,m), stored row by row in
 * one flat array. Cells outside the band read as absent.
 */
export class Band {
  readonly size: number;
  /** Per row i: the first and last column inside the band, and the flat index of (i, lows[i]). */
  readonly lows: Int32Array;
  readonly highs: Int32Array;
  readonly offsets: Int32Array;

  /** Requires n ≥ 1 and m ≥ 1. */
  constructor(n: number, m: number, halfWidth: number) {
    // Consecutive rows must overlap or the corner becomes unreachable: with
    // m ≫ n the diagonal moves m/n columns per row.
    const width = Math.max(halfWidth, Math.ceil(m / n) + 2);
    this.lows = new Int32Array(n + 1);
    this.highs = new Int32Array(n + 1);
    this.offsets = new Int32Array(n + 1);
    let size = 0;
    for (let i = 0; i <= n; i++) {
      const centre = (i * m) / n;
      const low = Math.max(0, Math.floor(centre - width));
      const high = Math.min(m, Math.ceil(centre + width));
      this.lows[i] = low;
      this.highs[i] = high;
      this.offsets[i] = size;
      size += high - low + 1;
    }
    this.size = size;
  }

  low(i: number): number {
    return this.lows[i] ?? 0;
  }

  high(i: number): number {
    return this.highs[i] ?? -1;
  }

  /** Flat index of cell (i, j), or -1 when it lies outside the band. */
  index(i: number, j: number): number {
    const low = this.lows[i];
    const high = this.highs[i];
    const offset = this.offsets[i];
    if (low === undefined || high === undefined || offset === undefined || j < low || j > high) return -1;
    return offset + j - low;
  }
}
