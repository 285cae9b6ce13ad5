import { EditorState, type Transaction } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { anchorToRange } from "@/lib/comments/anchors";
import { editorSchema } from "@/lib/editor/extensions";
import { anchorsForSave, anchorsPlugin, baseAnchorOf, changesSinceBase, commentAnchorsKey, threadRange, type AnchorsMeta } from "./anchors-extension";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

function setup(...paragraphs: string[]) {
  const doc = editorSchema().nodeFromJSON({ type: "doc", content: paragraphs.map(para) });
  let state = EditorState.create({ doc, plugins: [anchorsPlugin({ lang: "en" })] });
  const view = {
    get state() {
      return state;
    },
    dispatch: (tr: Transaction) => {
      state = state.apply(tr);
    },
  };
  const meta = (m: AnchorsMeta) => view.dispatch(state.tr.setMeta(commentAnchorsKey, m));
  const text = (id: string) => {
    const r = threadRange(state, id)!;
    return state.doc.textBetween(r.from, r.to);
  };
  /** Position of offset `offset` of block `block`. */
  const at = (block: number, offset: number) => anchorToRange(state.doc, { block, start: offset, end: offset })!.from;
  return { view, meta, text, at, get state() { return state; } };
}

describe("comment anchors in the editor", () => {
  it("maps ranges through typing before, inside and after them, and draws open threads only", () => {
    const e = setup("Prices rose sharply in May. The minister spoke.");
    e.meta({
      type: "sync",
      threads: [
        { id: "a", open: true, anchor: { block: 0, start: 7, end: 19 } },
        { id: "r", open: false, anchor: { block: 0, start: 28, end: 40 } },
      ],
    });
    e.view.dispatch(e.state.tr.insertText("Consumer ", e.at(0, 0)));
    expect(e.text("a")).toBe("rose sharply");
    e.view.dispatch(e.state.tr.insertText("very ", e.at(0, 21)));
    expect(e.text("a")).toBe("rose very sharply");
    // Typing right after the range does not extend it.
    e.view.dispatch(e.state.tr.insertText("!", e.at(0, 33)));
    expect(e.text("a")).toBe("rose very sharply");
    const decorations = commentAnchorsKey.getState(e.state)!.decorations.find();
    expect(decorations).toHaveLength(1);
    expect(anchorsForSave(e.state)).toEqual([{ threadId: "a", block: 0, start: 16, end: 33 }]);
  });

  it("puts a thread whose text was deleted back on its sentence", () => {
    const e = setup("Prices rose sharply in May. The minister spoke.");
    e.meta({ type: "sync", threads: [{ id: "a", open: true, anchor: { block: 0, start: 7, end: 19 } }] });
    e.view.dispatch(e.state.tr.delete(e.at(0, 7), e.at(0, 19)));
    expect(e.text("a")).toBe("Prices  in May.");
  });

  it("stores a thread started on unsaved text against the base, and rebases after a save", () => {
    const e = setup("Prices rose sharply in May.");
    e.view.dispatch(e.state.tr.insertText("Consumer ", e.at(0, 0)));
    // "rose sharply" in the edited text is offsets 7–19 of the saved revision.
    expect(baseAnchorOf(e.state, { from: e.at(0, 16), to: e.at(0, 28) })).toEqual({ block: 0, start: 7, end: 19, quote: "rose sharply" });
    const saved = e.state.doc;
    const mark = changesSinceBase(e.state);
    e.view.dispatch(e.state.tr.insertText("Today: ", e.at(0, 0)));
    e.meta({ type: "rebase", doc: saved, keepFrom: mark });
    // Threads loaded for the new revision land on the text as edited since.
    e.meta({ type: "sync", replace: true, threads: [{ id: "b", open: true, anchor: { block: 0, start: 16, end: 28 } }] });
    expect(e.text("b")).toBe("rose sharply");
  });

  it("keeps only the changes made after the save once the text is edited again after a rebase", () => {
    const e = setup("Prices rose sharply in May.");
    e.view.dispatch(e.state.tr.insertText("Consumer ", e.at(0, 0)));
    const saved = e.state.doc;
    const mark = changesSinceBase(e.state);
    e.view.dispatch(e.state.tr.insertText("Today: ", e.at(0, 0)));
    e.meta({ type: "rebase", doc: saved, keepFrom: mark });
    expect(changesSinceBase(e.state)).toBe(1);
    e.view.dispatch(e.state.tr.insertText("!", e.at(0, e.state.doc.textContent.length)));
    expect(changesSinceBase(e.state)).toBe(2);
    // "rose sharply" is offsets 16–28 of the saved revision, and 23–35 now.
    e.meta({ type: "sync", replace: true, threads: [{ id: "b", open: true, anchor: { block: 0, start: 16, end: 28 } }] });
    expect(e.text("b")).toBe("rose sharply");
    expect(baseAnchorOf(e.state, { from: e.at(0, 23), to: e.at(0, 35) })).toEqual({ block: 0, start: 16, end: 28, quote: "rose sharply" });
  });

  it("maps open threads' highlights through an edit as a rebuild would draw them", () => {
    const e = setup("Prices rose sharply in May.");
    e.meta({ type: "sync", threads: [{ id: "a", open: true, anchor: { block: 0, start: 7, end: 19 } }] });
    e.view.dispatch(e.state.tr.insertText("X", e.at(0, 7)));
    e.view.dispatch(e.state.tr.insertText("Y", e.at(0, 20)));
    e.view.dispatch(e.state.tr.insertText("Z", e.at(0, 12)));
    const shown = commentAnchorsKey.getState(e.state)!.decorations.find().map((d) => e.state.doc.textBetween(d.from, d.to));
    expect(shown).toEqual(["roseZ sharply"]);
    expect(e.text("a")).toBe("roseZ sharply");
  });
});
