import { describe, expect, it } from "vitest";
import { parseStoredDocument, StoredDocumentError } from "./stored-document";

describe("parseStoredDocument", () => {
  it("returns the stored document", () => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello" }] }] };
    expect(parseStoredDocument(JSON.stringify(doc))).toEqual(doc);
  });

  it("accepts an empty document", () => {
    expect(parseStoredDocument('{"type":"doc","content":[]}')).toEqual({ type: "doc", content: [] });
  });

  it.each([
    ["not JSON", "{"],
    ["null", "null"],
    ["a string", '"doc"'],
    ["another root type", '{"type":"paragraph","content":[]}'],
    ["content that is not a list", '{"type":"doc","content":"text"}'],
    ["no content", '{"type":"doc"}'],
  ])("refuses %s", (_name, json) => {
    expect(() => parseStoredDocument(json)).toThrow(StoredDocumentError);
  });
});
