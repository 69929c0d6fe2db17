// A stored file's bytes for a transport: the HTTP route of browser mode and Electron's IPC. Not an
// operation of the contract, since the answer is binary; it checks the session just the same, and
// words a refusal in the user's language as the dispatch does.
import { sql } from "kysely";
import type { Envelope } from "../../../shared/errors";
import { userOfSession } from "../auth/sessions";
import type { CoreServices } from "../context";
import { say } from "../i18n/phrase";

/** A file of an order (as stored, or its thumbnail), a photo attached to a message, or a packing slip. */
export type FileVariant = "original" | "thumb" | "attachment" | "slip";

export interface FileContent {
  bytes: Buffer;
  mime: string;
  name: string;
}

export async function readFileContent(
  services: CoreServices,
  session: string | null,
  fileId: number,
  variant: FileVariant,
): Promise<Envelope<FileContent>> {
  const user = session
    ? await userOfSession(services.db, services.clock, session)
    : null;
  if (!user)
    return {
      ok: false,
      error: {
        code: "UNAUTHORIZED",
        message: say({ key: "errors:signInFirst" }, "en"),
      },
    };
  const row = !Number.isSafeInteger(fileId)
    ? undefined
    : variant === "slip"
      ? await services.db
          .selectFrom("packing_slips")
          .innerJoin("orders", "orders.id", "packing_slips.order_id")
          .select((eb) => [
            sql<string>`'packing-slip-' || orders.number || '-v' || packing_slips.id || '.pdf'`.as(
              "name",
            ),
            eb.val("application/pdf").as("mime"),
            "packing_slips.sha256",
            "packing_slips.sha256 as thumb_sha256",
          ])
          .where("packing_slips.id", "=", fileId)
          .executeTakeFirst()
      : variant === "attachment"
        ? await services.db
            .selectFrom("message_attachments")
            .select(["name", "mime", "sha256", "sha256 as thumb_sha256"])
            .where("id", "=", fileId)
            .executeTakeFirst()
        : await services.db
            .selectFrom("files")
            .select(["name", "mime", "sha256", "thumb_sha256"])
            .where("id", "=", fileId)
            .executeTakeFirst();
  const sha256 = variant === "thumb" ? row?.thumb_sha256 : row?.sha256;
  if (!row || !sha256)
    return {
      ok: false,
      error: {
        code: "NOT_FOUND",
        message: say(
          { key: `errors:files.noContent.${variant}`, values: { id: fileId } },
          user.language,
        ),
      },
    };
  try {
    return {
      ok: true,
      value: {
        bytes: await services.files.read(sha256),
        mime: variant === "thumb" ? "image/webp" : row.mime,
        name: row.name,
      },
    };
  } catch (error) {
    services.log.error(`file ${fileId} (${sha256}) cannot be read`, error);
    return {
      ok: false,
      error: {
        code: "INTERNAL",
        message: say(
          { key: "errors:files.missingFromStore", values: { name: row.name } },
          user.language,
        ),
      },
    };
  }
}
