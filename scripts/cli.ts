/**
 * Copydesk's command line: `npm run -s cli -- COMMAND ARGS...`.
 * Commands are a table; one that uses the database declares it, and the
 * pending migrations of DATABASE_URL are applied before it runs (as the
 * server does at start). Exit codes: 0 ran, 1 unexpected failure, 2 bad
 * usage or input.
 */
import { readFileSync } from "node:fs";
import { qaCommand, type CliIo } from "@/lib/qa/cli";

type Command = {
  summary: string;
  /** Apply pending migrations to DATABASE_URL before running. */
  usesDb: boolean;
  run(args: string[], io: CliIo): Promise<number>;
};

const COMMANDS: Record<string, Command> = {
  qa: { summary: "qa FILE...   check the MT of article JSON files; one JSON finding per line", usesDb: false, run: qaCommand },
};

function usage(): string {
  return ["usage: npm run -s cli -- COMMAND ARGS...", "", ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command: ${name}\n` : ""}${usage()}\n`);
    return 2;
  }
  if (command.usesDb) {
    const [{ env }, { applyMigrations }] = await Promise.all([import("@/lib/env"), import("@/lib/db/migrate")]);
    await applyMigrations(env.DATABASE_URL);
  }
  const messages = JSON.parse(readFileSync(new URL("../messages/en.json", import.meta.url), "utf8")) as Record<string, unknown>;
  const io: CliIo = {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    messages,
  };
  return command.run(args, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
