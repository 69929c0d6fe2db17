// The one dispatch of DESIGN.md: every transport hands it (method, raw input, session) and
// returns what it answers. It checks the method, the session and the role, parses the input, runs
// the handler and turns every outcome into the envelope, worded in the caller's language. No
// transport holds any other logic.
import { contract, isMethod, type Method } from "../../../shared/contract";
import type { Envelope } from "../../../shared/errors";
import { can } from "../../../shared/permissions";
import { userOfSession } from "../auth/sessions";
import type { CoreServices, RequestContext } from "../context";
import { isLanguage, type Language } from "../../../shared/i18n/languages";
import { say } from "../i18n/phrase";
import { parseIn } from "../i18n/zod-issues";
import { badInput, envelopeOfError, failure } from "./envelope";
import { handlers } from "./handlers";

/** Before sign-in the caller may say which language it reads (auth.signIn's `language`). */
const languageHint = (input: unknown): Language => {
  const hint = (input as { language?: unknown } | null)?.language;
  return isLanguage(hint) ? hint : "en";
};

export async function dispatch(
  services: CoreServices,
  method: string,
  rawInput: unknown,
  session: string | null,
  /** Stop after the method, session and role checks: may this session call it at all? */
  options: { accessOnly?: boolean } = {},
): Promise<Envelope<unknown>> {
  let language = languageHint(rawInput);
  if (!isMethod(method))
    return failure(
      "NOT_FOUND",
      say({ key: "errors:noOperation", values: { method } }, language),
    );
  const operation = contract[method];

  try {
    let user: RequestContext["user"] = null;
    if (operation.access !== "public") {
      user = session
        ? await userOfSession(services.db, services.clock, session)
        : null;
      if (!user)
        return failure(
          "UNAUTHORIZED",
          say({ key: "errors:signInFirst" }, language),
        );
      language = user.language;
      if (
        operation.access !== "signedIn" &&
        !can(user.role, operation.access)
      ) {
        return failure(
          "FORBIDDEN",
          say(
            { key: `errors:forbidden.${user.role}`, values: { method } },
            language,
          ),
        );
      }
    }
    if (options.accessOnly) return { ok: true, value: null };
    // Parsed after the caller is known: someone without the right learns nothing of the input's shape.
    const parsed = parseIn(operation.input, rawInput ?? {}, language);
    if (!parsed.success) return badInput(parsed.error.issues, language);
    const handler = handlers[method] as (
      input: unknown,
      context: RequestContext,
    ) => Promise<unknown>;
    const value = await handler(parsed.data, { ...services, user, session });
    // Important actions, by who: every change (never its input, which may hold personal data).
    if (operation.access !== "see" && operation.access !== "public")
      services.log.info(`${method} by user ${user?.id ?? "?"}`);
    return { ok: true, value };
  } catch (error) {
    return envelopeOfError(services, method, error, language);
  }
}

export type { Method };
