/**
 * Chinese left in a Latin-script translation: runs of untranslated Han
 * characters (a warning: a glossed character can be intended), and
 * full-width punctuation, with a fix to the ASCII form where that is safe.
 */
import type { TextCheck } from "../check-types";
import { latinTarget } from "../text";
import type { QaFinding } from "../types";

export const CJK = "cjk";

/** Han characters, with any CJK punctuation or spaces between them, as one run. */
const HAN_RUN = /\p{sc=Han}(?:[\p{sc=Han}\u3000-\u303f\uff00-\uffef\s·]*\p{sc=Han})?/gu;
const FULL_WIDTH = /[，。：；！？（）《》「」、]/g;
const WORDISH = /[\p{L}\p{N}]/u;

/** ASCII form of each mark; a space is added after (or before) it when a word touches it. `null`: no safe fix. */
const ASCII: Record<string, { to: string; space: "after" | "before" } | null> = {
  "，": { to: ",", space: "after" },
  "、": { to: ",", space: "after" },
  "。": { to: ".", space: "after" },
  "：": { to: ":", space: "after" },
  "；": { to: ";", space: "after" },
  "！": { to: "!", space: "after" },
  "？": { to: "?", space: "after" },
  "（": { to: "(", space: "before" },
  "）": { to: ")", space: "after" },
  "「": { to: "“", space: "before" },
  "」": { to: "”", space: "after" },
  // Title marks become italics or quotes: a house-style choice, not a safe fix.
  "《": null,
  "》": null,
};

export const cjkCheck: TextCheck = {
  id: CJK,
  appliesTo: latinTarget,
  run(text) {
    const out: QaFinding[] = [];
    const runs: [number, number][] = [];
    HAN_RUN.lastIndex = 0;
    for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      runs.push([start, end]);
      out.push({ check: CJK, severity: "warning", start, end, message: { key: "qa.cjk.han", values: { text: m[0] } } });
    }
    let r = 0;
    FULL_WIDTH.lastIndex = 0;
    for (let m = FULL_WIDTH.exec(text); m; m = FULL_WIDTH.exec(text)) {
      const at = m.index;
      while (r < runs.length && runs[r]![1] <= at) r++;
      if (r < runs.length && runs[r]![0] <= at) continue; // inside untranslated Chinese: reported with it
      const mark = m[0];
      const form = ASCII[mark];
      const finding: QaFinding = {
        check: CJK,
        severity: "error",
        start: at,
        end: at + 1,
        message: { key: "qa.cjk.fullWidth", values: { mark } },
      };
      if (form) {
        const touching = form.space === "after" ? WORDISH.test(text[at + 1] ?? "") : WORDISH.test(text[at - 1] ?? "");
        const replacement = !touching ? form.to : form.space === "after" ? `${form.to} ` : ` ${form.to}`;
        finding.fix = { start: at, end: at + 1, replacement };
      }
      out.push(finding);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
