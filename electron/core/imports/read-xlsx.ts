// An XLSX workbook's first sheet, read without trusting the file: a workbook is a zip, and a zip can
// claim small sizes and inflate to gigabytes. So the parts exceljs reads are first copied out under
// hard limits (each part's size as inflated, counted while inflating, and the ratio), into a clean
// zip in a temporary folder; exceljs's streaming reader then reads that one. Pictures, macros and
// other parts are never inflated.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import yazl from "yazl";
import {
  FileRefused,
  sheetLimits,
  type CellValue,
  type OnProgress,
  type Sheet,
  type SheetRow,
} from "./sheet";

const zipLimits = {
  entries: 2_000,
  total: 512 * 1024 * 1024,
  part: 256 * 1024 * 1024,
  sharedStrings: 64 * 1024 * 1024,
  /** Text compresses well, but not two hundred times. */
  ratio: 200,
};

/** The parts exceljs's reader uses; pictures, drawings, printer settings and macros are left out. */
const readParts =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels)$/;
/** The sheets last, so the reader knows the shared strings before it meets them. */
const rankOf = (name: string) => (name.startsWith("xl/worksheets/") ? 2 : 1);

const tooLarge = () =>
  new FileRefused({
    key: "errors:imports.xlsxTooLarge",
    values: { megabytes: zipLimits.total / 1024 / 1024 },
  });

/** Fails a stream that has inflated more than `max` bytes, whatever the zip's headers said. */
class ByteCap extends Transform {
  private seen = 0;
  constructor(private readonly max: number) {
    super();
  }
  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: TransformCallback,
  ) {
    this.seen += chunk.length;
    if (this.seen > this.max) done(tooLarge());
    else done(null, chunk);
  }
}

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      bytes,
      {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
        strictFileNames: true,
      },
      (error, zip) => (error || !zip ? reject(error) : resolve(zip)),
    ),
  );

async function entriesToKeep(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const keep: yauzl.Entry[] = [];
  let total = 0;
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      try {
        if (++count > zipLimits.entries) throw tooLarge();
        if (entry.isEncrypted())
          throw new FileRefused({ key: "errors:imports.xlsxEncrypted" });
        if (readParts.test(entry.fileName)) {
          const cap =
            entry.fileName === "xl/sharedStrings.xml"
              ? zipLimits.sharedStrings
              : zipLimits.part;
          total += entry.uncompressedSize;
          if (
            entry.uncompressedSize > cap ||
            total > zipLimits.total ||
            (entry.uncompressedSize > 1024 * 1024 &&
              entry.uncompressedSize >
                zipLimits.ratio * Math.max(1, entry.compressedSize))
          )
            throw tooLarge();
          keep.push(entry);
        }
        zip.readEntry();
      } catch (error) {
        reject(error as Error);
      }
    });
    zip.once("end", resolve);
    zip.once("error", reject);
    zip.readEntry();
  });
  return keep.sort((a, b) => rankOf(a.fileName) - rankOf(b.fileName));
}

/** Copies the parts exceljs reads into a clean zip at `target`, each under its byte cap. */
async function copyReadParts(bytes: Buffer, target: string): Promise<void> {
  const zip = await openZip(bytes).catch(() => {
    throw new FileRefused({ key: "errors:imports.notXlsx" });
  });
  try {
    const keep = await entriesToKeep(zip);
    if (!keep.some((e) => e.fileName.startsWith("xl/worksheets/")))
      throw new FileRefused({ key: "errors:imports.notXlsx" });
    const out = new yazl.ZipFile();
    const failed = new Promise<never>((_, reject) => out.on("error", reject));
    for (const entry of keep)
      out.addReadStreamLazy(
        entry.fileName,
        { compressionLevel: 1 },
        (callback) =>
          zip.openReadStream(entry, (error, stream) => {
            if (error || !stream)
              return callback(error ?? new Error("no stream"), null as never);
            const cap = new ByteCap(
              Math.min(entry.uncompressedSize, zipLimits.part),
            );
            stream.on("error", (e) => out.emit("error", e));
            cap.on("error", (e) => out.emit("error", e));
            callback(null, stream.pipe(cap));
          }),
      );
    out.end();
    await Promise.race([
      pipeline(out.outputStream, createWriteStream(target)),
      failed,
    ]);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    // yauzl: an entry inflating beyond its declared size, or a broken zip.
    throw /too many bytes|size/i.test(String(error))
      ? tooLarge()
      : new FileRefused({ key: "errors:imports.notXlsx" });
  } finally {
    zip.close();
  }
}

/** A cell as plain data: formulas by their cached result, rich text and links by their text. */
function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  )
    return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return plainCell(v.result);
  if (Array.isArray(v.richText))
    return (v.richText as { text?: string }[])
      .map((r) => r.text ?? "")
      .join("");
  if ("hyperlink" in v) return plainCell(v.text);
  return null;
}

export async function readXlsx(
  bytes: Buffer,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<Sheet> {
  const folder = await mkdtemp(join(tmpdir(), "cutr-import-"));
  try {
    const clean = join(folder, "workbook.xlsx");
    await copyReadParts(bytes, clean);
    signal?.throwIfAborted();
    // Loaded when first needed: exceljs alone takes a quarter of a second to load at every start.
    const { default: Excel } = await import("exceljs");
    const reader = new Excel.stream.xlsx.WorkbookReader(clean, {
      worksheets: "emit",
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      entries: "ignore",
    });
    let header: string[] | null = null;
    const rows: SheetRow[] = [];
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        signal?.throwIfAborted();
        // exceljs counts cells from 1: values[0] is always empty.
        const values = (row.values as unknown[]).slice(1);
        if (values.length > sheetLimits.columns)
          throw new FileRefused({
            key: "errors:imports.tooManyColumns",
            values: { max: sheetLimits.columns },
          });
        const cells = Array.from(values, plainCell);
        if (
          cells.some(
            (c) =>
              typeof c === "string" && c.length > sheetLimits.cellCharacters,
          )
        )
          throw new FileRefused({
            key: "errors:imports.cellTooLong",
            values: { row: row.number, max: sheetLimits.cellCharacters },
          });
        if (!header) {
          header = cells.map((c) => (c === null ? "" : String(c).trim()));
          continue;
        }
        if (cells.every((c) => c === null || c === "")) continue;
        if (rows.length >= sheetLimits.rows)
          throw new FileRefused({
            key: "errors:imports.tooManyRows",
            values: { max: sheetLimits.rows },
          });
        rows.push({ row: row.number, cells });
        if (rows.length % 2_000 === 0) {
          onProgress(rows.length, 0);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      break; // the first sheet only
    }
    if (!header) throw new FileRefused({ key: "errors:imports.empty" });
    return { header, rows };
  } catch (error) {
    if (error instanceof FileRefused || signal?.aborted) throw error;
    throw new FileRefused({ key: "errors:imports.notXlsx" });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
