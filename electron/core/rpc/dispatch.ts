// The one dispatch of DESIGN.md: every transport hands it (method, raw input, session) and
// returns what it answers. It checks the method, the session and the role, parses the input, runs
// the handler and turns every outcome into the envelope. No transport holds any other logic.
import type { z } from "zod";
import { contract, isMethod, type Method } from "../../../shared/contract";
import type { Envelope } from "../../../shared/errors";
import { can } from "../../../shared/permissions";
import { userOfSession } from "../auth/sessions";
import type { CoreServices, RequestContext } from "../context";
import { connectionProblem } from "../db/postgres-errors";
import { AppError, isBusy, isDuplicate, storageFaultMessage } from "../errors";
import { handlers } from "./handlers";

function describeIssues(issues: z.core.$ZodIssue[]) {
  const details = issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(input)",
    message: issue.message,
  }));
  const first = details[0];
  const message = first
    ? `Invalid ${first.field}: ${first.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ""}`
    : "Invalid input.";
  return { message, details };
}

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
): Promise<Envelope<unknown>> {
  if (!isMethod(method))
    return failure("NOT_FOUND", `There is no operation named "${method}".`);
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
          "Sign in first: the session is missing or has expired.",
        );
      if (
        operation.access !== "signedIn" &&
        !can(user.role, operation.access)
      ) {
        return failure(
          "FORBIDDEN",
          `A ${user.role.replace("_", " ")} may not call ${method}.`,
        );
      }
    }
    // Parsed after the caller is known: someone without the right learns nothing of the input's shape.
    const parsed = operation.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const { message, details } = describeIssues(parsed.error.issues);
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
      return failure(error.code, error.message, error.details);
    if (isDuplicate(error))
      return failure(
        "CONFLICT",
        "Someone else saved the same thing a moment ago: refresh to see it.",
      );
    if (isBusy(error)) {
      return failure(
        "CONFLICT",
        "Someone else is changing the same data right now: refresh and try again.",
      );
    }
    const fault =
      storageFaultMessage(error) ??
      connectionProblem(error, "the team's database server");
    services.log.error(`${method} failed`, error);
    if (fault) return failure("INTERNAL", fault);
    return failure(
      "INTERNAL",
      "Something went wrong on our side; it has been logged.",
    );
  }
}

export type { Method };
