/**
 * The `qa` command of the command line (scripts/cli.ts): checks the MT of
 * article files in the import API's shape, plus an optional `glossary`, and
 * prints one JSON line per finding. The import's own schema and body
 * conversion are reused, so a file is read exactly as an import reads it,
 * and the checks run through the same alignment as the desk (lib/qa/run.ts).
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { importArticleSchema, type ImportArticle } from "@/lib/articles/import-schema";
import { detectFormat, htmlToDoc, plainTextToDoc } from "@/lib/editor/from-import";
import { docParagraphTexts } from "@/lib/editor/to-text";
import { qaMessageFormatter } from "./format-message";
import { runQa } from "./run";
import type { GlossaryEntry, QaFix } from "./types";

export const glossarySchema = z.array(
  z.strictObject({
    source: z.string().trim().min(1),
    target: z.string().trim().min(1),
    forbidden: z.array(z.string().trim().min(1)).optional(),
    caseSensitive: z.boolean().optional(),
  }),
);

/** One output line. */
export interface QaLine {
  file: string;
  field: "title" | "body";
  paragraph: number;
  start: number;
  end: number;
  text: string;
  check: string;
  severity: string;
  message: string;
  fix?: QaFix;
}

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** The parsed messages/en.json. */
  messages: Record<string, unknown>;
}

/** A file that cannot be read or is not a valid article: the message names the file and the field. */
export class InputError extends Error {}

const path = (p: readonly PropertyKey[]) => (p.length ? p.map(String).join(".") : "(root)");

function issues(file: string, error: z.ZodError, prefix = ""): InputError {
  const text = error.issues.map((i) => `${prefix}${path(i.path)}: ${i.message}`).join("; ");
  return new InputError(`${file}: invalid input: ${text}`);
}

/** Reads and validates one file. */
export async function readArticleFile(file: string): Promise<{ article: ImportArticle; glossary: GlossaryEntry[] }> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new InputError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw new InputError(`${file}: invalid input: (root): expected an object`);
  const { glossary: rawGlossary, ...rest } = json as Record<string, unknown>;
  const glossary = glossarySchema.safeParse(rawGlossary ?? []);
  if (!glossary.success) throw issues(file, glossary.error, "glossary.");
  const article = importArticleSchema.safeParse(rest);
  if (!article.success) throw issues(file, article.error);
  return { article: article.data, glossary: glossary.data };
}

/** The body as the import converts it, as paragraph texts. */
function bodyParagraphs(body: string): string[] {
  return docParagraphTexts(detectFormat(body) === "html" ? htmlToDoc(body) : plainTextToDoc(body));
}

/** Findings of one validated article. The MT is what is checked, so there is no "unchanged from the MT" finding. */
export function qaLines(file: string, article: ImportArticle, glossary: GlossaryEntry[], format: (m: import("./types").QaMessage) => string): QaLine[] {
  const lines: QaLine[] = [];
  const fields = [
    { field: "title" as const, source: [article.title.source], target: [article.title.mt] },
    { field: "body" as const, source: bodyParagraphs(article.body.source), target: bodyParagraphs(article.body.mt) },
  ];
  for (const { field, source, target } of fields) {
    const result = runQa({ sourceLang: article.sourceLang, targetLang: article.targetLang, source, target, glossary });
    for (const f of result.findings) {
      const line: QaLine = {
        file,
        field,
        paragraph: f.block,
        start: f.start,
        end: f.end,
        text: target[f.block]!.slice(f.start, f.end),
        check: f.check,
        severity: f.severity,
        message: format(f.message),
      };
      if (f.fix) line.fix = f.fix;
      lines.push(line);
    }
  }
  return lines;
}

/**
 * Runs `qa` over `files`. Every readable, valid file is checked; each bad one
 * is named on stderr. Exit code 0 when all ran, 2 when any input was bad.
 */
export async function qaCommand(files: readonly string[], io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.stderr("usage: npm run -s cli -- qa FILE...");
    return 2;
  }
  const format = qaMessageFormatter("en", io.messages);
  let code = 0;
  for (const file of files) {
    try {
      const { article, glossary } = await readArticleFile(file);
      for (const line of qaLines(file, article, glossary, format)) io.stdout(JSON.stringify(line));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(e.message);
      code = 2;
    }
  }
  return code;
}
