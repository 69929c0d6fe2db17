// A message may carry photos, nothing else. CAD files and technical drawings are refused, by
// name and by content, with a pointer to the Files tab where drawings belong (DOMAIN.md, Messages).
import { AppError } from "../errors";
import { prepareUpload, type PreparedUpload } from "../files/prepare-upload";

const cadExtensions = [
  "dwg",
  "dxf",
  "step",
  "stp",
  "iges",
  "igs",
  "stl",
  "3dm",
  "skp",
  "sldprt",
  "sldasm",
  "slddrw",
  "f3d",
  "ipt",
  "iam",
  "catpart",
  "x_t",
  "sat",
];

/** The first bytes of the common CAD formats that a content sniffer does not know. */
function looksLikeCad(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 256).toString("latin1");
  return (
    /^AC10\d\d/.test(head) || // DWG
    head.startsWith("ISO-10303-21") || // STEP
    /^\s*0\s*\r?\n\s*SECTION/.test(head) || // DXF
    /^solid\s/.test(head) || // STL (text)
    /^\s{0,72}[SG]\s{0,7}\d{1,7}\r?\n/.test(head) // IGES
  );
}

export async function prepareAttachment(
  name: string,
  bytes: Buffer,
  maxFileBytes: number,
): Promise<PreparedUpload> {
  const extension = name.toLowerCase().split(".").pop() ?? "";
  if (cadExtensions.includes(extension) || looksLikeCad(bytes))
    throw new AppError("BAD_INPUT", {
      key: "errors:messages.cadFile",
      values: { name },
    });
  if (bytes.length === 0)
    throw new AppError("BAD_INPUT", {
      key: "errors:files.empty",
      values: { name },
    });
  if (bytes.length > maxFileBytes)
    throw new AppError("RULE", {
      key: "errors:messages.attachmentTooLarge",
      values: { name, max: maxFileBytes / 1024 / 1024 },
    });
  return prepareUpload("message", name, bytes);
}
