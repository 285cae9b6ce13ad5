import { describe, expect, it } from "vitest";
import en from "./en.json";
import zh from "./zh.json";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("UI messages", () => {
  it("has the same keys in English and Chinese", () => {
    const enKeys = keys(en).sort();
    const zhKeys = keys(zh).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(50);
  });

  it("has no empty message", () => {
    for (const [name, messages] of Object.entries({ en, zh })) {
      const empty = keys(messages).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages);
        return typeof v !== "string" || v.trim() === "";
      });
      expect(empty, name).toEqual([]);
    }
  });
});
