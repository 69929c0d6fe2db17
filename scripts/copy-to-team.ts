// `npm run team:copy -- <database.sqlite> [postgres://…]`: moves a local console's database and
// its files into an empty PostgreSQL database (the URL, or CUTR_DATABASE_URL), then prints each
// table's rows and checksum as verified on both sides. Nothing is kept on the server unless
// every table matches.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../electron/core/db/connect";
import { openPostgres } from "../electron/core/db/connect-postgres";
import { copyToPostgres } from "../electron/core/db/copy-to-postgres";
import { checkServerReachable } from "../electron/core/db/postgres-errors";
import { checkExistingDatabase } from "../electron/core/db/check-database";
import { diskFileStore } from "../electron/core/files/file-store";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { files: { type: "string" } },
  });
  const [file, urlArgument] = positionals;
  const url = urlArgument ?? process.env.CUTR_DATABASE_URL;
  if (!file || !url) {
    console.error(
      "Usage: npm run team:copy -- <database.sqlite> [postgres://user:password@host:5432/database]\n" +
        "  The URL may also come from CUTR_DATABASE_URL. --files <folder> names the file store " +
        "(default: the 'files' folder beside the database).",
    );
    process.exit(2);
  }
  const databaseFile = resolve(file);
  if (!existsSync(databaseFile)) {
    console.error(`[cutr] There is no database file at ${databaseFile}.`);
    process.exit(1);
  }
  await checkExistingDatabase(databaseFile);
  const source = openDatabase(databaseFile);
  const target = openPostgres(url);
  const started = performance.now();
  try {
    await checkServerReachable(target);
    const report = await copyToPostgres(
      source,
      diskFileStore(values.files ?? join(dirname(databaseFile), "files")),
      target,
      {
        now: new Date(),
        onProgress: (table, rows) => {
          if (process.stdout.isTTY)
            process.stdout.write(`\r[cutr] copying ${table}: ${rows} rows   `);
        },
      },
    );
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.table(
      report.tables.map((t) =>
        t.name === "blobs"
          ? {
              table: "blobs (files)",
              rows: report.blobs,
              checksum: "by content",
            }
          : { table: t.name, rows: t.rows, checksum: t.checksum.slice(0, 16) },
      ),
    );
    console.log(
      `[cutr] Copied ${report.tables.reduce((n, t) => n + t.rows, 0)} rows and ${report.blobs} files ` +
        `to ${target.label} in ${Math.round(performance.now() - started)} ms; every table's count ` +
        `and checksum match. Start the console with CUTR_DATABASE_URL set to use it.`,
    );
  } finally {
    await source.close();
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `\n[cutr] ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
