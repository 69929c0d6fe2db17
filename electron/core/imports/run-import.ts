// imports.preview and imports.apply: the file read, every row checked against the same rules the
// console's forms meet, and then either a report of what would happen (and what is wrong, by row
// and column), or all of it written in one transaction. A file with any problem writes nothing.
import type { Kysely } from "kysely";
import type {
  ImportKind,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from "../../../shared/contract";
import type { Permission } from "../../../shared/permissions";
import { can } from "../../../shared/permissions";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import { say } from "../i18n/phrase";
import type { Job } from "../jobs/job-registry";
import { mapColumns } from "./columns";
import { customerImport } from "./customer-import";
import { orderImport } from "./order-import";
import { partnerImport } from "./partner-import";
import type { ImportKindRules, Plan, RowProblem } from "./plan";
import { readSpreadsheet } from "./read-spreadsheet";
import { FileRefused, type Sheet } from "./sheet";

export const importPermission: Record<ImportKind, Permission> = {
  partners: "editPartners",
  customers: "editCustomers",
  orders: "editOrders",
};

const rulesOf: Record<ImportKind, ImportKindRules<unknown>> = {
  partners: partnerImport as ImportKindRules<unknown>,
  customers: customerImport as ImportKindRules<unknown>,
  orders: orderImport as ImportKindRules<unknown>,
};

interface FileInput {
  kind: ImportKind;
  fileName: string;
  dataBase64: string;
  jobId?: string | undefined;
}

const shownProblems = 500;
/** Between two ticks, this many rows are checked or written before the console answers others. */
const rowsPerTick = 500;

/** Refuses a caller whose role may not change what the file holds. */
export function requireImportRight(context: RequestContext, kind: ImportKind) {
  const user = signedInUser(context);
  if (!can(user.role, importPermission[kind]))
    throw new AppError("FORBIDDEN", {
      key: `errors:forbidden.${user.role}`,
      values: { method: `imports (${kind})` },
    });
  return user;
}

/** Calls `then` each time the count passes another `step`, however it grows. */
function every(step: number, then: (done: number) => Promise<void>) {
  let next = step;
  return async (done: number) => {
    if (done < next) return;
    next = done + step;
    await then(done);
  };
}

function decode(dataBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64))
    throw new AppError("BAD_INPUT", { key: "errors:imports.notBase64" });
  return Buffer.from(dataBase64, "base64");
}

interface Checked {
  sheet: Sheet;
  plan: Plan<unknown>;
  columns: ReturnType<typeof mapColumns>;
}

/** Reads and checks the whole file: what it would do, and what is wrong with it. */
async function check(
  db: Kysely<Database>,
  input: FileInput,
  context: RequestContext,
  job: Job,
): Promise<Checked> {
  const language = signedInUser(context).language;
  job.report("reading", 0);
  const sheet = await readSpreadsheet(
    decode(input.dataBase64),
    (done) => job.report("reading", done),
    job.signal,
  );
  const columns = mapColumns(input.kind, sheet.header, language);
  if (columns.missing.length > 0)
    return {
      sheet,
      columns,
      plan: {
        changes: [],
        problems: columns.missing.map((heading) => ({
          row: 1,
          column: heading,
          problem: { key: "errors:imports.columnMissing", values: { heading } },
        })),
      },
    };
  const total = sheet.rows.length;
  const tick = every(rowsPerTick, async (done) => {
    job.signal.throwIfAborted();
    job.report("checking", done, total);
    await new Promise((resolve) => setImmediate(resolve));
  });
  const plan = await rulesOf[input.kind].plan(
    db,
    sheet.rows,
    { ...columns, header: sheet.header },
    { language, now: context.clock.now(), tick },
  );
  return { sheet, columns, plan };
}

const sayProblem = (p: RowProblem, language: "en" | "nl"): ImportProblem => ({
  row: p.row,
  column: p.column,
  message: typeof p.problem === "string" ? p.problem : say(p.problem, language),
});

/** Runs `work` as a job the screen can follow; a refused file becomes a BAD_INPUT answer. */
async function asJob<T>(
  context: RequestContext,
  input: FileInput,
  work: (job: Job) => Promise<T>,
): Promise<T> {
  const user = requireImportRight(context, input.kind);
  const job = context.jobs.start(input.jobId, user.id);
  try {
    return await work(job);
  } catch (error) {
    if (error instanceof FileRefused)
      throw new AppError("BAD_INPUT", error.phrase);
    if (job.signal.aborted)
      throw new AppError("RULE", { key: "errors:imports.cancelled" });
    throw error;
  } finally {
    job.finish();
  }
}

export function previewImport(
  context: RequestContext,
  input: FileInput,
): Promise<ImportPreview> {
  return asJob(context, input, async (job) => {
    const language = signedInUser(context).language;
    const { sheet, plan, columns } = await check(
      context.db,
      input,
      context,
      job,
    );
    job.report("done", sheet.rows.length, sheet.rows.length);
    const count = (action: string) =>
      plan.changes.filter((c) => c.action === action).length;
    return {
      kind: input.kind,
      fileName: input.fileName,
      rows: sheet.rows.length,
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      problems: plan.problems
        .slice(0, shownProblems)
        .map((p) => sayProblem(p, language)),
      problemCount: plan.problems.length,
      columns: {
        found: columns.found,
        missing: columns.missing,
        ignored: columns.ignored,
      },
      sample: plan.changes.slice(0, 20).map((c) => ({
        row: c.rows[0] ?? 0,
        reference: c.reference,
        name: c.name,
        action: c.action,
      })),
    };
  });
}

export function applyImport(
  context: RequestContext,
  input: FileInput,
): Promise<ImportResult> {
  return asJob(context, input, async (job) => {
    const user = signedInUser(context);
    const { plan } = await check(context.db, input, context, job);
    if (plan.problems.length > 0)
      throw new AppError(
        "RULE",
        {
          key: "errors:imports.hasProblems",
          values: { count: plan.problems.length },
        },
        plan.problems
          .slice(0, shownProblems)
          .map((p) => sayProblem(p, user.language)),
      );
    const writing = plan.changes.filter((c) => c.action !== "unchanged");
    const now = context.clock.now();
    const result = {
      kind: input.kind,
      created: plan.changes.filter((c) => c.action === "create").length,
      updated: plan.changes.filter((c) => c.action === "update").length,
      unchanged: plan.changes.filter((c) => c.action === "unchanged").length,
    };
    await context.db.transaction().execute(async (trx) => {
      await rulesOf[input.kind].apply(
        trx,
        writing,
        { userId: user.id, now, fileName: input.fileName },
        // On a team's server others carry on meanwhile; a local database waits for the transaction.
        every(rowsPerTick, async (done) => {
          job.signal.throwIfAborted();
          job.report("writing", done, writing.length);
          await new Promise((resolve) => setImmediate(resolve));
        }),
      );
      job.signal.throwIfAborted();
      await writeAudit(trx, {
        at: now,
        userId: user.id,
        action: "import.applied",
        entity: "import",
        entityId: null,
        orderId: null,
        after: { ...result, fileName: input.fileName },
      });
    });
    job.report("done", writing.length, writing.length);
    return result;
  });
}
