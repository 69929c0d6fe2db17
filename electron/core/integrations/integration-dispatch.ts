// The integration API's dispatch (DESIGN.md, "Callers"): the counterpart of the console's for a
// caller with an API key. It checks the operation's scope, asks every write for its idempotency
// key, parses the path and body with the contract's schemas and runs the handler as the
// integration's user; every outcome is the console's envelope with its HTTP status.
import { httpStatusOf, type Envelope } from "../../../shared/errors";
import { integrationApi, type ApiMethod } from "../../../shared/contract";
import type { CoreServices } from "../context";
import { AppError } from "../errors";
import { parseIn } from "../i18n/zod-issues";
import { badInput, envelopeOfError } from "../rpc/envelope";
import { apiHandlers } from "./api-handlers";
import { claimIdempotencyKey, keepAnswer, requestHash } from "./idempotency";
import type { IntegrationCaller } from "./integration-caller";

export interface ApiCall {
  method: ApiMethod;
  params: unknown;
  body: unknown;
  /** The Idempotency-Key header; every write needs one. */
  idempotencyKey: string | null;
}

export interface ApiAnswer {
  status: number;
  /** The envelope as JSON text, exactly as first answered when replayed. */
  body: string;
  replayed: boolean;
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

const answerOf = (envelope: Envelope<unknown>): ApiAnswer => ({
  status: envelope.ok ? 200 : httpStatusOf[envelope.error.code],
  body: JSON.stringify(envelope),
  replayed: false,
});

async function run(
  services: CoreServices,
  caller: IntegrationCaller,
  call: ApiCall,
): Promise<Envelope<unknown>> {
  const operation = integrationApi[call.method];
  const params = parseIn(operation.params, call.params ?? {}, "en");
  if (!params.success) return badInput(params.error.issues, "en");
  const body = parseIn(operation.body, call.body ?? {}, "en");
  if (!body.success) return badInput(body.error.issues, "en");
  const handler = apiHandlers[call.method] as (
    params: unknown,
    body: unknown,
    context: Parameters<(typeof apiHandlers)[ApiMethod]>[2],
  ) => Promise<unknown>;
  const value = await handler(params.data, body.data, {
    ...services,
    user: caller.user,
    session: null,
  });
  if (operation.method !== "GET")
    services.log.info(`integration ${call.method} by ${caller.name}`);
  return { ok: true, value };
}

export async function dispatchIntegration(
  services: CoreServices,
  caller: IntegrationCaller,
  call: ApiCall,
): Promise<ApiAnswer> {
  const operation = integrationApi[call.method];
  try {
    if (!caller.scopes.includes(operation.scope))
      throw new AppError("FORBIDDEN", {
        key: "errors:integrations.scopeMissing",
        values: {
          name: caller.name,
          operation: `${operation.method} /integration/v1${operation.path}`,
          scope: operation.scope,
        },
      });
    if (operation.method === "GET")
      return answerOf(await run(services, caller, call));
    const key = call.idempotencyKey;
    if (!key || !idempotencyKeyPattern.test(key))
      throw new AppError("BAD_INPUT", {
        key: "errors:integrations.idempotencyKeyMissing",
      });
    const request = { integrationId: caller.id, key };
    const claim = await claimIdempotencyKey(services.db, {
      ...request,
      hash: requestHash(call.method, call.params, call.body),
      now: services.clock.now(),
    });
    if (claim.kind === "replay")
      return { status: claim.status, body: claim.body, replayed: true };
    let answer: ApiAnswer;
    try {
      answer = answerOf(await run(services, caller, call));
    } catch (error) {
      answer = answerOf(envelopeOfError(services, call.method, error, "en"));
    }
    await keepAnswer(services.db, request, answer);
    return answer;
  } catch (error) {
    return answerOf(envelopeOfError(services, call.method, error, "en"));
  }
}
