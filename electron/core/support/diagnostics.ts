// Help → "Copy diagnostics": what support needs to know about a console (version, platform, database
// size, the last errors in its log) and nothing it must not see. Log lines are already scrubbed of
// secret fields (logging/file-logger.ts); here every stored secret's value, API keys, passwords in
// URLs and e-mail addresses are taken out as well, and only the errors' short texts are kept.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import type { CoreServices } from "../context";
import { executedMigrationCount } from "../db/migrate";
import { pepperSecret } from "../integrations/pepper";
import { imapPasswordSecret } from "../mail/imap-settings";
import { smtpPasswordSecret } from "../outbox/smtp-settings";
import { teamDatabaseSecret } from "../settings/team-database";

export interface DiagnosticsFacts {
  version: string;
  /** "Electron 45.4.1 (Node 22.20.0, Chromium 142…)" or "Node 24.21.0". */
  runtime: string;
  /** "linux 6.1.0 x64". */
  platform: string;
  /** The folder of the console's log files. */
  logDir: string;
  /** Secret values from outside the secret store (the environment), to be kept out too. */
  moreSecrets?: (string | undefined)[];
}

const storedSecrets = [
  smtpPasswordSecret,
  imapPasswordSecret,
  pepperSecret,
  teamDatabaseSecret,
];
const lastErrors = 20;
const errorTextLength = 240;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

async function databaseLine(services: CoreServices): Promise<string> {
  if (services.storage.kind === "local") {
    const file = services.storage.databaseFile;
    const main = sizeOf(file);
    const wal = sizeOf(`${file}-wal`);
    return `local SQLite, ${megabytes(main + wal)} (write-ahead log ${megabytes(wal)})`;
  }
  const { rows } = await sql<{
    size: string;
  }>`select pg_database_size(current_database())::text as size`.execute(
    services.db,
  );
  return `team PostgreSQL, ${megabytes(Number(rows[0]?.size ?? 0))}`;
}

interface LogLine {
  at?: string;
  level?: string;
  message?: string;
  detail?: { message?: unknown; name?: unknown };
}

/** The newest errors of the newest log files, newest first. */
function errorsInLog(logDir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(logDir).filter((name) => name.endsWith("cutr.log"));
  } catch {
    return [];
  }
  const newestFirst = files
    .map((name) => ({
      path: join(logDir, name),
      time: statSync(join(logDir, name)).mtimeMs,
    }))
    .sort((a, b) => b.time - a.time)
    .slice(0, 2);
  const found: string[] = [];
  for (const { path } of newestFirst) {
    const lines = readFileSync(path, "utf8").trimEnd().split("\n").reverse();
    for (const line of lines) {
      if (found.length >= lastErrors) return found;
      let entry: LogLine;
      try {
        entry = JSON.parse(line) as LogLine;
      } catch {
        continue;
      }
      if (entry.level !== "error") continue;
      const cause =
        typeof entry.detail?.message === "string"
          ? `: ${entry.detail.message}`
          : "";
      const text = `${entry.message ?? ""}${cause}`.replace(/\s+/g, " ");
      found.push(
        `  ${entry.at ?? "?"}  ${text.length > errorTextLength ? `${text.slice(0, errorTextLength)}…` : text}`,
      );
    }
  }
  return found;
}

/** A database URL's password on its own, as an error message might quote it. */
function passwordInUrl(value: string): string[] {
  try {
    const password = new URL(value).password;
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

/** The text with every secret value and anything shaped like a key, password or address taken out. */
export function withoutSecrets(text: string, secrets: string[]): string {
  let clean = text;
  for (const secret of secrets
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length))
    clean = clean.split(secret).join("[withheld]");
  return clean
    .replace(/cutr_[0-9a-f]{12}_[A-Za-z0-9_-]+/g, "cutr_[withheld]")
    .replace(/(\w+:\/\/[^:/\s@]+):[^@\s]+@/g, "$1:[withheld]@")
    .replace(/\b(bearer|token|password|secret)([=:\s]+)\S+/gi, "$1$2[withheld]")
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[address]");
}

/** `services`: null while the core has not started, or could not: then the log says why. */
export async function diagnosticsText(
  services: CoreServices | null,
  facts: DiagnosticsFacts,
): Promise<string> {
  const errors = errorsInLog(facts.logDir);
  const database = services
    ? `${await databaseLine(services)}, ${await executedMigrationCount(services.db)} migrations applied`
    : "not started";
  const text = [
    "Cutr console diagnostics",
    `Taken: ${(services?.clock.now() ?? new Date()).toISOString()}`,
    `Version: ${facts.version}`,
    `Runtime: ${facts.runtime}`,
    `Platform: ${facts.platform}`,
    `Database: ${database}`,
    `Memory: ${megabytes(process.memoryUsage().rss)} resident`,
    errors.length === 0
      ? "Last errors: none in the log"
      : `Last errors (newest first):\n${errors.join("\n")}`,
  ].join("\n");
  const secrets = [
    ...storedSecrets.map((name) => services?.secrets.get(name)),
    ...(facts.moreSecrets ?? []),
  ]
    .filter((value): value is string => typeof value === "string")
    .flatMap((value) => [value, ...passwordInUrl(value)]);
  return `${withoutSecrets(text, secrets)}\n`;
}
