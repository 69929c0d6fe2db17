// The one dispatch of DESIGN.md: every transport hands it (method, raw input, session) and
// returns what it answers. It checks the method, the session and the role, parses the input, runs
// the handler and turns every outcome into the envelope, worded in the caller's language. No
// transport holds any other logic.
import type { z } from "zod";
import { contract, isMethod, type Method } from "../../../shared/contract";
import type { Envelope } from "../../../shared/errors";
import { can } from "../../../shared/permissions";
import { userOfSession } from "../auth/sessions";
import type { CoreServices, RequestContext } from "../context";
import { connectionProblem } from "../db/postgres-errors";
import { isLanguage, type Language } from "../../../shared/i18n/languages";
import { AppError, isBusy, isDuplicate, storageFaultMessage } from "../errors";
import { say, sayDetails, type Phrase } from "../i18n/phrase";
import { issueDetails, parseIn } from "../i18n/zod-issues";
import { handlers } from "./handlers";

function describeIssues(issues: z.core.$ZodIssue[], language: Language) {
  const details = issueDetails(issues, language);
  const first = details[0];
  const phrase: Phrase = !first
    ? { key: "errors:invalidInput" }
    : details.length > 1
      ? {
          key: "errors:invalidMore",
          values: {
            field: first.field,
            problem: first.message,
            more: details.length - 1,
          },
        }
      : {
          key: "errors:invalid",
          values: { field: first.field, problem: first.message },
        };
  return { message: say(phrase, language), details };
}

/** Before sign-in the caller may say which language it reads (auth.signIn's `language`). */
const languageHint = (input: unknown): Language => {
  const hint = (input as { language?: unknown } | null)?.language;
  return isLanguage(hint) ? hint : "en";
};

function failure(
  code: AppError["code"] | "INTERNAL",
  message: string,
  details?: unknown,
): Envelope<never> {
  return {
    ok: false,
    error:
      details === undefined ? { code, message } : { code, message, details },
  };
}

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
    if (!parsed.success) {
      const { message, details } = describeIssues(
        parsed.error.issues,
        language,
      );
      return failure("BAD_INPUT", message, details);
    }
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
    if (error instanceof AppError)
      return failure(
        error.code,
        say(error.phrase, language),
        sayDetails(error.details, language),
      );
    if (isDuplicate(error))
      return failure("CONFLICT", say({ key: "errors:duplicate" }, language));
    if (isBusy(error))
      return failure("CONFLICT", say({ key: "errors:busy" }, language));
    const fault =
      storageFaultMessage(error) ??
      connectionProblem(error, "the team's database server");
    services.log.error(`${method} failed`, error);
    if (fault) return failure("INTERNAL", say(fault, language));
    return failure("INTERNAL", say({ key: "errors:internal" }, language));
  }
}

export type { Method };
