/**
 * 1 MB inputs. Time is measured by scripts/bench-diff.ts, not here (timed
 * assertions flake on shared CI): these tests check that the size caps send
 * such inputs to a coarse diff that is still complete and exact.
 */
import { describe, expect, it } from "vitest";
import { diffDocuments } from "./diff-documents";
import { sideText } from "./parts";
import type { Block, DocumentDiff } from "./types";

const MB = 1_000_000;
const p = (text: string): Block => ({ type: "paragraph", text });

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function letters(random: () => number, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
}

function prose(random: () => number, length: number): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = letters(random, 2 + Math.floor(random() * 8)) + (random() < 0.07 ? ". " : " ");
    words.push(word);
    size += word.length;
  }
  return words.join("").slice(0, length);
}

function expectComplete(diff: DocumentDiff, oldDoc: Block[], newDoc: Block[]): void {
  const oldSeen = new Set<number>();
  const newSeen = new Set<number>();
  for (const row of diff.blocks) {
    if (row.oldIndex !== undefined && row.movedTo === undefined) {
      oldSeen.add(row.oldIndex);
      expect(sideText(row.parts, "old") === oldDoc[row.oldIndex]?.text).toBe(true);
    }
    if (row.newIndex !== undefined) {
      newSeen.add(row.newIndex);
      expect(sideText(row.parts, "new") === newDoc[row.newIndex]?.text).toBe(true);
    }
  }
  expect(newSeen.size).toBe(newDoc.length);
  expect(oldSeen.size).toBe(oldDoc.length);
  // Each move also leaves a marker at its origin.
  expect(diff.blocks.filter((r) => r.movedTo !== undefined)).toHaveLength(diff.summary.paragraphsMoved);
}

describe("diffDocuments on 1 MB pathological inputs", () => {
  it("1 MB without spaces, one character changed: sentence granularity, coarse", () => {
    const text = letters(rng(1), MB);
    const oldDoc = [p(text)];
    const newDoc = [p(`${text.slice(0, MB / 2)}Z${text.slice(MB / 2 + 1)}`)];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(true);
    expect(diff.blocks).toHaveLength(1);
    expect(diff.blocks[0]).toMatchObject({ kind: "changed", granularity: "sentence" });
    expect(diff.summary).toMatchObject({ wordsSubstituted: 1, wordsInserted: 0, wordsDeleted: 0 });
    expectComplete(diff, oldDoc, newDoc);
  });

  it("1 MB of one repeated word against another: whole blocks, coarse", () => {
    const oldDoc = [p("the ".repeat(MB / 4))];
    const newDoc = [p("an ".repeat(MB / 3))];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(true);
    expect(diff.blocks.map((r) => r.kind)).toEqual(["deleted", "inserted"]);
    expect(diff.summary).toMatchObject({ wordsDeleted: MB / 4, wordsInserted: Math.floor(MB / 3) });
    expectComplete(diff, oldDoc, newDoc);
  });

  it("1 MB of one repeated word with one word changed: still exact at word level", () => {
    const oldDoc = [p("the ".repeat(MB / 4))];
    const newDoc = [p(`${"the ".repeat(MB / 8)}a ${"the ".repeat(MB / 8 - 1)}`)];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(false);
    expect(diff.blocks[0]?.parts.filter((x) => x.op !== "equal")).toEqual([
      { op: "delete", text: "the" },
      { op: "insert", text: "a" },
    ]);
    expectComplete(diff, oldDoc, newDoc);
  });

  it("1 MB of random words against the same words reversed, one block: coarse", () => {
    const text = prose(rng(2), MB);
    const oldDoc = [p(text)];
    const newDoc = [p(text.split(" ").reverse().join(" "))];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(true);
    expectComplete(diff, oldDoc, newDoc);
  });

  it("1 MB of random sentences as ~12k blocks against them reversed: coarse, with moves", () => {
    const sentences = prose(rng(3), MB).split(". ");
    const oldDoc = sentences.map(p);
    const newDoc = [...sentences].reverse().map(p);
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en" });
    expect(diff.coarse).toBe(true);
    expect(diff.summary.paragraphsMoved).toBeGreaterThan(0);
    expectComplete(diff, oldDoc, newDoc);
  });

  it("1 MB of Chinese without punctuation, one character changed: coarse", () => {
    const random = rng(4);
    const chars = "经济增长速度加快推进产业数字化和数字产业化最终建成数字中国";
    const text = Array.from({ length: MB }, () => chars[Math.floor(random() * chars.length)]).join("");
    const oldDoc = [p(text)];
    const newDoc = [p(`${text.slice(0, MB / 2)}好${text.slice(MB / 2 + 1)}`)];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "zh-Hans" });
    expect(diff.coarse).toBe(true);
    expect(diff.blocks[0]?.granularity).not.toBe("word");
    expectComplete(diff, oldDoc, newDoc);
  });
});
