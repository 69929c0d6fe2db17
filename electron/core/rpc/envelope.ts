// Every refusal as the envelope's error, worded in the caller's language: shared by the console's
// dispatch and the integration API's, so both answer bad input and failures alike.
import type { z } from "zod";
import type { Envelope } from "../../../shared/errors";
import type { Language } from "../../../shared/i18n/languages";
import type { CoreServices } from "../context";
import { connectionProblem } from "../db/postgres-errors";
import { AppError, isBusy, isDuplicate, storageFaultMessage } from "../errors";
import { say, sayDetails, type Phrase } from "../i18n/phrase";
import { issueDetails } from "../i18n/zod-issues";

export function failure(
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

/** Input the contract refused: the first problem in words, every problem in the details. */
export function badInput(
  issues: z.core.$ZodIssue[],
  language: Language,
): Envelope<never> {
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
  return failure("BAD_INPUT", say(phrase, language), details);
}

/** What a handler threw: a refusal as it is, a storage fault in words, anything else logged. */
export function envelopeOfError(
  services: Pick<CoreServices, "log">,
  method: string,
  error: unknown,
  language: Language,
): Envelope<never> {
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
