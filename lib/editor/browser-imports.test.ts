import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Browser code imports lib/editor's modules one by one (there is no barrel):
 * whatever a client component imports from here must not pull in zod or the
 * server-side validation. The entries are read from the client components
 * themselves, so a new import is checked as soon as it is written.
 */
const root = path.resolve(import.meta.dirname, "../..");

/** Relative modules that `file` imports (value imports only; `import type` is erased). */
function localImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const found = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.\/[^"]+)"/gm)];
  return found.map((match) => `${match[1]}.ts`);
}

function importGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...localImports(file));
  }
  return seen;
}

function packages(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  return [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^./][^"]*)"/gm)].map((match) => match[1] ?? "");
}

/** lib/editor modules value-imported by "use client" files under components/. */
function browserEntries(): string[] {
  const files = readdirSync(path.join(root, "components"), { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"));
  const entries = new Set<string>();
  for (const file of files) {
    const source = readFileSync(path.join(root, "components", file), "utf8");
    if (!/^["']use client["']/.test(source)) continue;
    for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"@\/lib\/editor\/([^"]+)"/gm)) entries.add(`./${match[1]}.ts`);
  }
  return [...entries];
}

describe("lib/editor as the browser imports it", () => {
  it("pulls in neither zod nor server-side validation", () => {
    const graph = importGraph(browserEntries());
    expect(graph.has("./validate.ts")).toBe(false);
    expect(graph.has("./doc-schema.ts")).toBe(false);
    const imported = [...graph].flatMap(packages);
    expect(imported).not.toContain("zod");
    expect(imported).not.toContain("react");
    // Sanity check of the scanner itself: paste cleaning is reached.
    expect([...graph]).toEqual(expect.arrayContaining(["./paste.ts", "./render.ts", "./html-builder.ts", "./extensions.ts"]));
  });
});
