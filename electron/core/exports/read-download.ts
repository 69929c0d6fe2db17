// A file made for the session's user (an export, a template), for the transport that streams it:
// checked like a stored file, never found by a path the caller names.
import type { Envelope } from "../../../shared/errors";
import { userOfSession } from "../auth/sessions";
import type { CoreServices } from "../context";
import { say } from "../i18n/phrase";
import type { Download } from "./download-store";

export async function readDownload(
  services: CoreServices,
  session: string | null,
  token: string,
): Promise<Envelope<Download>> {
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
  const file = services.downloads.get(token, user.id, Date.now());
  return file
    ? { ok: true, value: file }
    : {
        ok: false,
        error: {
          code: "NOT_FOUND",
          message: say({ key: "errors:imports.downloadGone" }, user.language),
        },
      };
}
