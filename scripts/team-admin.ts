// `npm run team:admin -- <email> "<name>"`: makes (or re-keys) an admin of the team database in
// CUTR_DATABASE_URL. The password comes from CUTR_ADMIN_PASSWORD or, with --password-stdin, from
// standard input, so it never appears in the shell's history or the process list.
import { parseArgs } from "node:util";
import { text } from "node:stream/consumers";
import { openPostgres } from "../electron/core/db/connect-postgres";
import { migrateToLatest } from "../electron/core/db/migrate";
import { checkServerReachable } from "../electron/core/db/postgres-errors";
import { ensureAdmin } from "../electron/core/users/first-admin";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { "password-stdin": { type: "boolean" } },
  });
  const [email, name] = positionals;
  const url = process.env.CUTR_DATABASE_URL;
  const password = values["password-stdin"]
    ? (await text(process.stdin)).replace(/\r?\n$/, "")
    : process.env.CUTR_ADMIN_PASSWORD;
  if (!email || !url || !password) {
    console.error(
      'Usage: CUTR_DATABASE_URL=postgres://… npm run team:admin -- <email> "<name>" --password-stdin\n' +
        "  (or set CUTR_ADMIN_PASSWORD instead of --password-stdin)",
    );
    process.exit(2);
  }
  const handle = openPostgres(url);
  try {
    await checkServerReachable(handle);
    await migrateToLatest(handle);
    const result = await ensureAdmin(handle.db, new Date(), {
      email,
      name: name ?? email,
      password,
    });
    console.log(
      `[cutr] ${email} is ${result === "created" ? "now an admin" : "an admin with a new password"} of ${handle.label}.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    `[cutr] ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
