import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Relative modules that `file` imports (value imports only; `import type` is erased). */
function localImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const found = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.\/[^"]+)"/gm)];
  return found.map((match) => `${match[1]}.ts`);
}

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
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

describe("the browser entry (client.ts)", () => {
  it("pulls in neither zod nor server-side validation", () => {
    const graph = importGraph("./client.ts");
    expect(graph.has("./validate.ts")).toBe(false);
    expect(graph.has("./doc-schema.ts")).toBe(false);
    const imported = [...graph].flatMap(packages);
    expect(imported).not.toContain("zod");
    expect(imported).not.toContain("react");
    // Sanity check of the scanner itself: paste cleaning is reached.
    expect([...graph]).toEqual(expect.arrayContaining(["./paste.ts", "./render.ts", "./html-builder.ts", "./extensions.ts"]));
  });
});
