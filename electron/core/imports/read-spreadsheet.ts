// Any file a person may bring: an XLSX workbook (known by its zip signature, whatever its name) or
// CSV text. Other binary files are refused by the CSV reader (they are no text).
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { FileRefused, sheetLimits, type OnProgress, type Sheet } from "./sheet";

export async function readSpreadsheet(
  bytes: Buffer,
  onProgress: OnProgress,
  signal?: AbortSignal,
): Promise<Sheet> {
  if (bytes.length === 0)
    throw new FileRefused({ key: "errors:imports.empty" });
  if (bytes.length > sheetLimits.bytes)
    throw new FileRefused({
      key: "errors:imports.fileTooLarge",
      values: { megabytes: sheetLimits.bytes / 1024 / 1024 },
    });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
  return zip
    ? readXlsx(bytes, onProgress, signal)
    : readCsv(bytes, onProgress, signal);
}
