// Checks an upload by its content (never its name) against what its folder accepts, and makes
// what the store keeps: a photo turned upright from its EXIF orientation and re-encoded without
// its metadata (so no location leaves the camera), plus a small thumbnail. PDFs are kept as sent.
import type { Sharp } from "sharp";
import type { FileFolder } from "../../../shared/domain";
import { AppError } from "../errors";
import type { Phrase } from "../i18n/phrase";

export interface PreparedUpload {
  bytes: Buffer;
  thumb: Buffer | null;
  mime: string;
  width: number | null;
  height: number | null;
}

const photoFormats = {
  jpg: { mime: "image/jpeg", encode: (s: Sharp) => s.jpeg({ quality: 90 }) },
  png: { mime: "image/png", encode: (s: Sharp) => s.png() },
  webp: { mime: "image/webp", encode: (s: Sharp) => s.webp({ quality: 90 }) },
} as const;
type PhotoExtension = keyof typeof photoFormats;

/** Where an upload goes: one of an order's folders, or a message (photos only). */
export type UploadDestination = FileFolder | "message";

/** Which destinations take PDFs besides photos. */
const takesPdf: Record<UploadDestination, boolean> = {
  message: false,
  finished_product: false,
  packed_product: false,
  sample_picture: false,
  production_drawing: true,
  signed_packing_slip: true,
};

const thumbSize = 480;
/** Refuse images that would take gigabytes to decode (a "decompression bomb"). */
const maxPixels = 64_000_000;

function refuse(phrase: Phrase): never {
  throw new AppError("BAD_INPUT", phrase);
}

function isPhoto(extension: string): extension is PhotoExtension {
  return extension in photoFormats;
}

async function preparePhoto(
  bytes: Buffer,
  extension: PhotoExtension,
  name: string,
): Promise<PreparedUpload> {
  const { default: sharp } = await import("sharp");
  const open = () =>
    sharp(bytes, { failOn: "truncated", limitInputPixels: maxPixels });
  const format = photoFormats[extension];
  try {
    // rotate() without an angle applies the EXIF orientation; sharp writes no metadata unless asked.
    const [full, thumb] = await Promise.all([
      format.encode(open().rotate()).toBuffer({ resolveWithObject: true }),
      open()
        .rotate()
        .resize(thumbSize, thumbSize, {
          fit: "inside",
          withoutEnlargement: true,
        })
        .webp({ quality: 75 })
        .toBuffer(),
    ]);
    return {
      bytes: full.data,
      thumb,
      mime: format.mime,
      width: full.info.width,
      height: full.info.height,
    };
  } catch (error) {
    refuse({
      key: "errors:files.unreadableImage",
      values: {
        name,
        problem: error instanceof Error ? error.message : String(error),
      },
    });
  }
}

function preparePdf(bytes: Buffer, name: string): PreparedUpload {
  // A PDF ends with %%EOF (possibly followed by a line break); a cut-off download does not.
  if (!bytes.subarray(-1024).toString("latin1").includes("%%EOF"))
    refuse({ key: "errors:files.incompletePdf", values: { name } });
  return {
    bytes,
    thumb: null,
    mime: "application/pdf",
    width: null,
    height: null,
  };
}

export async function prepareUpload(
  folder: UploadDestination,
  name: string,
  bytes: Buffer,
): Promise<PreparedUpload> {
  // sharp and file-type are loaded with the first file: they would slow every start.
  const { fileTypeFromBuffer } = await import("file-type");
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === "heic")
    refuse({ key: "errors:files.heic", values: { name } });
  if (type && isPhoto(type.ext)) return preparePhoto(bytes, type.ext, name);
  if (type?.ext === "pdf" && takesPdf[folder]) return preparePdf(bytes, name);
  // What the destination takes, and whether the content is something known at all.
  const accepts =
    folder === "message" ? "message" : takesPdf[folder] ? "pdf" : "photo";
  return refuse({
    key: `errors:files.wrongType.${accepts}${type ? "Known" : "Unknown"}`,
    values: { name, folder, mime: type?.mime ?? "" },
  });
}
