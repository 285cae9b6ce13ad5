import { describe, expect, it } from "vitest";
import { diffDocuments } from "./diff-documents";
import { sideText } from "./parts";
import type { Block, DocumentDiff } from "./types";

const p = (text: string, marks?: Block["marks"]): Block => ({ type: "paragraph", text, ...(marks ? { marks } : {}) });

/** Every row must spell its old and new block exactly: the diff is complete at any granularity. */
function expectSpells(diff: DocumentDiff, oldDoc: Block[], newDoc: Block[]): void {
  for (const row of diff.blocks) {
    if (row.oldIndex !== undefined) expect(sideText(row.parts, "old")).toBe(oldDoc[row.oldIndex]?.text);
    if (row.newIndex !== undefined) expect(sideText(row.parts, "new")).toBe(newDoc[row.newIndex]?.text);
  }
  const newRows = diff.blocks.filter((r) => r.newIndex !== undefined).map((r) => r.newIndex);
  expect(newRows).toEqual(newDoc.map((_, j) => j));
  const oldRows = diff.blocks.filter((r) => r.oldIndex !== undefined).map((r) => r.oldIndex);
  expect(oldRows.sort((a = 0, b = 0) => a - b)).toEqual(oldDoc.map((_, i) => i).concat(
    // A moved block appears at its origin and at its destination.
    diff.blocks.filter((r) => r.movedFrom !== undefined).map((r) => r.movedFrom ?? -1),
  ).sort((a, b) => a - b));
}

function run(oldDoc: Block[], newDoc: Block[], lang = "en"): DocumentDiff {
  const diff = diffDocuments(oldDoc, newDoc, { lang });
  expectSpells(diff, oldDoc, newDoc);
  return diff;
}

describe("diffDocuments: text", () => {
  it("shows exactly And→and and the inserted ', and' in the MT demo sentence", () => {
    const mt = "and promote industrial digitalization And digital industrialization will eventually build";
    const edited = "and promote industrial digitalization and digital industrialization, and will eventually build";
    const diff = run([p(mt)], [p(edited)]);
    expect(diff.blocks[0]?.parts).toEqual([
      { op: "equal", text: "and promote industrial digitalization " },
      { op: "delete", text: "And" },
      { op: "insert", text: "and" },
      { op: "equal", text: " digital industrialization" },
      { op: "insert", text: ", and" },
      { op: "equal", text: " will eventually build" },
    ]);
    expect(diff.summary).toMatchObject({ wordsSubstituted: 1, wordsInserted: 2, wordsDeleted: 0, paragraphsChanged: 1 });
    expect(diff.coarse).toBe(false);
  });

  it("diffs a one-word change", () => {
    const diff = run([p("the cat sat on the mat")], [p("the cat sat on a mat")]);
    expect(diff.blocks).toEqual([
      {
        kind: "changed",
        oldIndex: 0,
        newIndex: 0,
        parts: [
          { op: "equal", text: "the cat sat on " },
          { op: "delete", text: "the" },
          { op: "insert", text: "a" },
          { op: "equal", text: " mat" },
        ],
        formatChanges: [],
        granularity: "word",
      },
    ]);
  });

  it("handles empty documents", () => {
    const diff = run([], []);
    expect(diff.blocks).toEqual([]);
    expect(diff.coarse).toBe(false);
    expect(Object.values(diff.summary).every((v) => v === 0)).toBe(true);

    const created = run([], [p("Breaking news."), p("")]);
    expect(created.blocks.map((b) => b.kind)).toEqual(["inserted", "inserted"]);
    expect(created.summary).toMatchObject({ paragraphsInserted: 2, wordsInserted: 3 });

    const cleared = run([p("Breaking news.")], []);
    expect(cleared.blocks).toEqual([
      { kind: "deleted", oldIndex: 0, parts: [{ op: "delete", text: "Breaking news." }], formatChanges: [], granularity: "word" },
    ]);
  });

  it("reports identical documents as all equal", () => {
    const doc = [p("One."), p(""), p("Two, three.")];
    const diff = run(doc, doc.map((b) => ({ ...b })));
    expect(diff.blocks.map((b) => b.kind)).toEqual(["equal", "equal", "equal"]);
    expect(Object.values(diff.summary).every((v) => v === 0)).toBe(true);
  });

  it("diffs Chinese by word", () => {
    const diff = run([p("推进产业数字化和数字产业化，最终建成数字中国。")], [p("推进产业数字化与数字产业化，并最终建成数字中国。")], "zh-Hans");
    expect(diff.blocks[0]?.parts).toEqual([
      { op: "equal", text: "推进产业数字化" },
      { op: "delete", text: "和" },
      { op: "insert", text: "与" },
      { op: "equal", text: "数字产业化，" },
      { op: "insert", text: "并" },
      { op: "equal", text: "最终建成数字中国。" },
    ]);
    expect(diff.summary).toMatchObject({ wordsSubstituted: 1, wordsInserted: 1 });
  });

  it("diffs mixed Chinese/English", () => {
    const diff = run([p("我们使用GPT-4模型进行翻译。")], [p("我们使用GPT-5 mini模型进行翻译。")], "zh-Hans");
    expect(diff.blocks[0]?.parts).toEqual([
      { op: "equal", text: "我们使用" },
      { op: "delete", text: "GPT-4" },
      { op: "insert", text: "GPT-5 mini" },
      { op: "equal", text: "模型进行翻译。" },
    ]);
  });

  it("keeps whitespace-only edits visible and exact", () => {
    const diff = run([p("two  spaces here")], [p("two spaces here ")]);
    expect(diff.blocks[0]?.parts).toEqual([
      { op: "equal", text: "two " },
      { op: "delete", text: " " },
      { op: "equal", text: "spaces here" },
      { op: "insert", text: " " },
    ]);
    // Two spacing fixes: the doubled space removed, a trailing space added (each one edit).
    expect(diff.summary).toMatchObject({ wordsDeleted: 1, wordsInserted: 1, wordsSubstituted: 0, paragraphsChanged: 1 });
  });

  it("counts a spacing fix before punctuation or inside Chinese as one edit", () => {
    expect(run([p("Hello , world")], [p("Hello, world")]).summary).toMatchObject({ wordsDeleted: 1, wordsInserted: 0, wordsSubstituted: 0 });
    const zh = run([p("经济 增长速度加快。")], [p("经济增长速度加快。")], "zh-Hans");
    expect(zh.blocks[0]?.parts).toEqual([
      { op: "equal", text: "经济" },
      { op: "delete", text: " " },
      { op: "equal", text: "增长速度加快。" },
    ]);
    expect(zh.summary).toMatchObject({ wordsDeleted: 1, wordsInserted: 0, wordsSubstituted: 0 });
  });

  it("does not charge the space that comes with an inserted word", () => {
    expect(run([p("cat sat down")], [p("The cat sat down")]).summary).toMatchObject({ wordsInserted: 1, wordsDeleted: 0, wordsSubstituted: 0 });
    expect(run([p("the cat sat")], [p("the black cat sat")]).summary).toMatchObject({ wordsInserted: 1, wordsDeleted: 0, wordsSubstituted: 0 });
  });
});

describe("diffDocuments: paragraphs", () => {
  const a = p("The minister arrived in Beijing on Monday for talks.");
  const b = p("Trade and climate were expected to dominate the agenda.");
  const c = p("Officials declined to comment on the timing of the visit.");
  const d = p("Markets in Asia rose slightly after the announcement.");

  it("detects a moved paragraph", () => {
    const diff = run([a, b, c, d], [b, c, d, a]);
    expect(diff.blocks.map((r) => [r.kind, r.oldIndex, r.newIndex, r.movedFrom, r.movedTo])).toEqual([
      ["moved", 0, undefined, undefined, 3],
      ["equal", 1, 0, undefined, undefined],
      ["equal", 2, 1, undefined, undefined],
      ["equal", 3, 2, undefined, undefined],
      ["moved", 0, 3, 0, undefined],
    ]);
    expect(diff.summary).toMatchObject({ paragraphsMoved: 1, paragraphsChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
  });

  it("detects a moved and lightly edited paragraph", () => {
    const edited = p("The minister arrived in Beijing on Tuesday for talks.");
    const diff = run([a, b, c, d], [b, c, d, edited]);
    const moved = diff.blocks.find((r) => r.movedFrom !== undefined);
    expect(moved?.parts).toContainEqual({ op: "insert", text: "Tuesday" });
    expect(diff.summary).toMatchObject({ paragraphsMoved: 1, wordsSubstituted: 1 });
  });

  it("places deletions before the insertions that replaced them", () => {
    const diff = run([a, b, c], [a, d, c]);
    expect(diff.blocks.map((r) => r.kind)).toEqual(["equal", "deleted", "inserted", "equal"]);
    expect(diff.summary).toMatchObject({ paragraphsDeleted: 1, paragraphsInserted: 1 });
  });

  it("shows a full rewrite as deleted and inserted paragraphs", () => {
    const oldDoc = [p("Alpha beta gamma delta."), p("Epsilon zeta eta theta.")];
    const newDoc = [p("Iota kappa lambda mu nu."), p("Xi omicron pi rho.")];
    const diff = run(oldDoc, newDoc);
    expect(diff.blocks.map((r) => r.kind)).toEqual(["deleted", "deleted", "inserted", "inserted"]);
    // 4+1 and 4+1 words deleted, 5+1 and 4+1 inserted; whole paragraphs never pair as substitutions.
    expect(diff.summary).toMatchObject({ wordsDeleted: 10, wordsInserted: 11, wordsSubstituted: 0 });
  });

  it("reads a heavily rewritten sentence as one replacement, not fragments", () => {
    const diff = run(
      [p("Officials said the plan would cut emissions by half in the next decade.")],
      [p("Critics argued the proposal lacked any binding targets or funding at all.")],
    );
    const parts = diff.blocks.flatMap((r) => r.parts);
    expect(parts.filter((x) => x.op === "equal")).toEqual([]);
  });
});

describe("diffDocuments: formatting", () => {
  it("reports a heading level change", () => {
    const diff = run(
      [{ type: "heading", attrs: { level: 2 }, text: "Markets" }],
      [{ type: "heading", attrs: { level: 3 }, text: "Markets" }],
    );
    expect(diff.blocks[0]).toMatchObject({ kind: "changed", parts: [{ op: "equal", text: "Markets" }] });
    expect(diff.blocks[0]?.formatChanges).toEqual([
      { kind: "block", before: { type: "heading", attrs: { level: 2 } }, after: { type: "heading", attrs: { level: 3 } } },
    ]);
    expect(diff.summary).toMatchObject({ paragraphsChanged: 1, formatChanges: 1 });
  });

  it("reports paragraph → heading", () => {
    const diff = run([p("Markets")], [{ type: "heading", attrs: { level: 2 }, text: "Markets" }]);
    expect(diff.blocks[0]?.formatChanges).toEqual([
      { kind: "block", before: { type: "paragraph", attrs: {} }, after: { type: "heading", attrs: { level: 2 } } },
    ]);
  });

  it("reports bold added on unchanged text, even next to a text edit", () => {
    const diff = run(
      [p("Reuters reported the deal on Monday.")],
      [p("Reuters reported the deal on Tuesday.", [{ from: 0, to: 7, type: "bold" }])],
    );
    expect(diff.blocks[0]?.formatChanges).toEqual([
      { kind: "mark", change: "added", markType: "bold", text: "Reuters", oldFrom: 0, oldTo: 7, newFrom: 0, newTo: 7, afterAttrs: {} },
    ]);
  });

  it("reports a link target change with before/after attributes", () => {
    const link = (href: string) => [{ from: 4, to: 11, type: "link", attrs: { href } }];
    const diff = run([p("See Reuters.", link("https://a.example"))], [p("See Reuters.", link("https://b.example"))]);
    expect(diff.blocks[0]?.kind).toBe("changed");
    expect(diff.blocks[0]?.formatChanges).toEqual([
      {
        kind: "mark",
        change: "changed",
        markType: "link",
        text: "Reuters",
        oldFrom: 4,
        oldTo: 11,
        newFrom: 4,
        newTo: 11,
        beforeAttrs: { href: "https://a.example" },
        afterAttrs: { href: "https://b.example" },
      },
    ]);
  });

  it("ignores marks on inserted text and fragmented but identical mark spans", () => {
    const oldDoc = [p("a b", [{ from: 0, to: 3, type: "italic" }])];
    const newDoc = [
      p("a new b", [
        { from: 0, to: 2, type: "italic" },
        { from: 2, to: 7, type: "italic" },
        { from: 2, to: 5, type: "bold" },
      ]),
    ];
    const diff = run(oldDoc, newDoc);
    expect(diff.blocks[0]?.formatChanges).toEqual([]);
  });
});

describe("diffDocuments: budget", () => {
  it("falls back to whole blocks when the work budget is gone, and stays exact", () => {
    const oldDoc = [p("The minister arrived on Monday."), p("Talks will continue.")];
    const newDoc = [p("The minister arrived on Tuesday."), p("Talks will resume.")];
    const diff = diffDocuments(oldDoc, newDoc, { lang: "en", workBudget: 1 });
    expectSpells(diff, oldDoc, newDoc);
    expect(diff.coarse).toBe(true);
    expect(diff.blocks.every((r) => r.granularity !== "word" || r.kind === "inserted" || r.kind === "deleted")).toBe(true);
  });
});

describe("diffDocuments: randomized invariants", () => {
  const vocabulary = ["the", "minister", "said", ",", ".", "3.5", "don't", "经济", "增长", "GPT-4", "  ", "\n", "数字化", "—", "a"];

  function rng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  it("always spells both documents exactly and lists every block once", () => {
    const random = rng(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const sentence = (): string => Array.from({ length: Math.floor(random() * 12) }, () => pick(vocabulary)).join(random() < 0.5 ? " " : "");
    const withMarks = (text: string): Block => {
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      return p(text, random() < 0.5 ? [{ from, to, type: pick(["bold", "link"]), attrs: { href: pick(["x", "y"]) } }] : undefined);
    };
    for (let round = 0; round < 300; round++) {
      const oldDoc = Array.from({ length: Math.floor(random() * 6) }, () => withMarks(sentence()));
      const newDoc = oldDoc.flatMap((block): Block[] => {
        const r = random();
        if (r < 0.15) return [];
        if (r < 0.3) return [block, withMarks(sentence())];
        if (r < 0.6) return [withMarks(block.text.replace(pick(vocabulary), pick(vocabulary)))];
        return [block];
      });
      if (random() < 0.3) newDoc.reverse();
      run(oldDoc, newDoc, pick(["en", "zh-Hans"]));
    }
  });
});
