/**
 * A word written twice in a row ("The the", "of of"). Not flagged: a repeat
 * the source has too (a name such as "yqqlm yqqlm" kept in Latin letters),
 * and capitalized repeats that are names ("Bora Bora"). "had had" and
 * "that that" can be grammatical, so they are warnings.
 */
import type { GatedPairCheck } from "../check-types";
import { latinTarget, startsUpper } from "../text";
import type { QaFinding } from "../types";

export const REPEATED = "repeated-word";

const REPEAT = /(?<![\p{L}\p{N}'’-])(\p{L}+)([ \u00a0]+)(\1)(?![\p{L}\p{N}'’-])/giu;
const GRAMMATICAL = new Set(["had", "that"]);
const NAME_SAFE = new Set(["the", "a", "an", "and", "of", "to", "in", "on", "for", "is", "was"]);

export const repeatedWordsCheck: GatedPairCheck = {
  id: REPEATED,
  appliesTo: latinTarget,
  run(pair) {
    const out: QaFinding[] = [];
    const text = pair.target;
    const source = pair.source.toLowerCase();
    REPEAT.lastIndex = 0;
    for (let m = REPEAT.exec(text); m; m = REPEAT.exec(text)) {
      const first = m[1]!;
      const second = m[3]!;
      const lower = first.toLowerCase();
      const start = m.index;
      const secondStart = start + first.length + m[2]!.length;
      const end = secondStart + second.length;
      // Let the next search start at the second word, so "the the the" gives two findings.
      REPEAT.lastIndex = secondStart;
      if (source.includes(`${lower}${m[2]}${second.toLowerCase()}`) || source.includes(`${lower} ${lower}`)) continue;
      if (startsUpper(first) && startsUpper(second) && !NAME_SAFE.has(lower)) continue;
      out.push({
        check: REPEATED,
        severity: GRAMMATICAL.has(lower) ? "warning" : "error",
        start,
        end,
        message: { key: "qa.repeated.word", values: { word: second } },
        fix: { start: start + first.length, end, replacement: "" },
      });
    }
    return out;
  },
};
