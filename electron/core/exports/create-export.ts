// exports.create and imports.template: a file made for the user to save, written row by row to the
// download store and served by its token (GET /downloads/<token>, or the desktop's save dialog).
import { rm } from "node:fs/promises";
import type { z } from "zod";
import type {
  DownloadFile,
  ExportInput,
  FileFormat,
  ImportKind,
} from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { businessDateOf } from "../../../shared/rules/business-time";
import { signedInUser, type RequestContext } from "../context";
import { AppError } from "../errors";
import { templateTable } from "../imports/template";
import { requireImportRight } from "../imports/run-import";
import { exportTable, type ExportTable } from "./export-lists";
import { writers } from "./write-table";

const mimeOf: Record<FileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

async function writeDownload(
  context: RequestContext,
  table: ExportTable,
  format: FileFormat,
  jobId: string | undefined,
): Promise<DownloadFile> {
  const user = signedInUser(context);
  const job = context.jobs.start(jobId, user.id);
  const path = context.downloads.pathFor(format);
  try {
    job.report("writing", 0);
    const rows = await writers[format](path, table.columns, table.rows, {
      language: user.language,
      onRows: (done) => job.report("writing", done),
      signal: job.signal,
    });
    const fileName = `${table.name} ${businessDateOf(context.clock.now())}.${format}`;
    const fileId = await context.downloads.add(
      path,
      fileName,
      mimeOf[format],
      user.id,
      Date.now(),
    );
    job.report("done", rows, rows);
    return { fileId, fileName, rows };
  } catch (error) {
    await rm(path, { force: true });
    if (job.signal.aborted)
      throw new AppError("RULE", { key: "errors:imports.exportCancelled" });
    throw error;
  } finally {
    job.finish();
  }
}

export async function createExport(
  context: RequestContext,
  input: z.output<typeof ExportInput>,
): Promise<DownloadFile> {
  const user = signedInUser(context);
  const table = await exportTable(context, input, user.language);
  return writeDownload(context, table, input.format, input.jobId);
}

export async function createTemplate(
  context: RequestContext,
  input: { kind: ImportKind; format: FileFormat },
): Promise<DownloadFile> {
  const user = requireImportRight(context, input.kind);
  const t = translatorFor(user.language);
  const table = await templateTable(
    context.db,
    input.kind,
    user.language,
    t(`imports:fileName.template.${input.kind}` as never) as string,
  );
  return writeDownload(context, table, input.format, undefined);
}
