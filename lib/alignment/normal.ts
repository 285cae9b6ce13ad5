/**
 * ln erfc(x) for x ≥ 0, from the Numerical Recipes Chebyshev fit (relative
 * error < 1.2e-7). Working in log space matters: for the length mismatches
 * of a wrong pairing, erfc underflows to 0 and −log would be Infinity, which
 * would make every such bead equally impossible instead of ranking them.
 */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

/** −ln P(|Z| ≥ |z|) for a standard normal Z: the Gale–Church match cost of a z-score. */
export function twoTailedCost(z: number): number {
  return -logErfc(Math.abs(z) / Math.SQRT2);
}
