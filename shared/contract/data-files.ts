// Spreadsheets in and out: partners, customers and orders imported from CSV or XLSX (a dry run that
// lists every problem, then all of it or nothing), and every list exported as the screen shows it.
import { z } from "zod";
import { Id } from "./common";
import { CustomersListInput } from "./customers";
import { OrdersListInput } from "./orders";
import { OutboxListInput } from "./outbox";
import { PartnersListInput } from "./partners";
import { op } from "./op";

export const importKinds = ["partners", "customers", "orders"] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

export const fileFormats = ["csv", "xlsx"] as const;
export const FileFormat = z.enum(fileFormats);
export type FileFormat = z.infer<typeof FileFormat>;

/** A file of at most 50 MB, as base64 (4 characters for every 3 bytes). */
export const maxImportBase64 = Math.ceil((50 * 1024 * 1024 * 4) / 3);

/** The console's name for a long task, so the screen can follow it and cancel it. */
export const JobId = z.uuid();

export const ImportFileInput = z
  .object({
    kind: ImportKind,
    fileName: z.string().trim().min(1).max(200),
    dataBase64: z
      .string()
      .max(maxImportBase64, "The file is larger than 50 MB"),
    jobId: JobId.optional(),
  })
  .strict();

/** One thing wrong with the file: the row and column a person finds it under, and what to do. */
export interface ImportProblem {
  /** The spreadsheet's row number (the header is row 1); null for the whole file. */
  row: number | null;
  /** The column's heading as the file has it; null for the whole row. */
  column: string | null;
  message: string;
}

export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  /** Data rows read (an order of several items takes several rows). */
  rows: number;
  /** What applying the file would do, record by record. */
  create: number;
  update: number;
  unchanged: number;
  /** At most the first 500 problems; problemCount says how many there are. */
  problems: ImportProblem[];
  problemCount: number;
  columns: {
    /** Headings recognised, in the file's order. */
    found: string[];
    /** Required columns the file lacks (in the reader's language). */
    missing: string[];
    /** Headings that are no column of this kind: their cells are not read. */
    ignored: string[];
  };
  /** The first records with what would happen to each. */
  sample: {
    row: number;
    reference: string;
    name: string;
    action: "create" | "update" | "unchanged";
  }[];
}

export interface ImportResult {
  kind: ImportKind;
  created: number;
  updated: number;
  unchanged: number;
}

export interface JobProgress {
  phase: "reading" | "checking" | "writing" | "done";
  done: number;
  /** 0 while unknown. */
  total: number;
}

/** A file the console made for the user to save (an export, a template), served like packing slips. */
export interface DownloadFile {
  /** An unguessable token, valid for this user for an hour. */
  fileId: string;
  fileName: string;
  rows: number;
}

export const exportLists = [
  "orders",
  "partners",
  "customers",
  "outbox",
  "ratedOrders",
  "orderHistory",
] as const;
export type ExportList = (typeof exportLists)[number];

const exportOf = <L extends ExportList, S extends z.ZodRawShape>(
  list: L,
  shape: S,
) =>
  z
    .object({
      list: z.literal(list),
      format: FileFormat,
      jobId: JobId.optional(),
      ...shape,
    })
    .strict();

export const ExportInput = z.discriminatedUnion("list", [
  exportOf("orders", {
    filter: OrdersListInput.shape.filter,
    sort: OrdersListInput.shape.sort,
  }),
  exportOf("partners", {
    filter: PartnersListInput.shape.filter,
    sort: PartnersListInput.shape.sort,
  }),
  exportOf("customers", {
    filter: CustomersListInput.shape.filter,
    sort: CustomersListInput.shape.sort,
  }),
  exportOf("outbox", { filter: OutboxListInput.shape.filter }),
  exportOf("ratedOrders", { partnerId: Id }),
  exportOf("orderHistory", { orderId: Id }),
]);
export type ExportInput = z.input<typeof ExportInput>;

export const dataFileOperations = {
  /** A dry run: reads and checks the whole file and says what applying it would do; writes nothing. */
  "imports.preview": op<ImportPreview>()({
    input: ImportFileInput,
    // Each kind needs its own right (editPartners, editCustomers, editOrders), checked by the core.
    access: "signedIn",
  }),
  /** Applies the file in one transaction, or nothing if it has any problem. */
  "imports.apply": op<ImportResult>()({
    input: ImportFileInput,
    access: "signedIn",
  }),
  /** An empty file with the kind's columns and one example row, in the user's language. */
  "imports.template": op<DownloadFile>()({
    input: z.object({ kind: ImportKind, format: FileFormat }).strict(),
    access: "signedIn",
  }),
  /** How far a long import or export has come; null once it is over (or unknown). */
  "jobs.progress": op<JobProgress | null>()({
    input: z.object({ jobId: JobId }).strict(),
    access: "see",
  }),
  /** Stops the caller's own import or export; nothing of it is kept. */
  "jobs.cancel": op<{ cancelled: boolean }>()({
    input: z.object({ jobId: JobId }).strict(),
    access: "signedIn",
  }),
  /** A list as filtered and sorted on screen, to CSV or XLSX, in the user's language. */
  "exports.create": op<DownloadFile>()({
    input: ExportInput,
    access: "see",
  }),
};
