// /integration/v1 over HTTP: the route table from the contract, the key in the Authorization
// header, a JSON body of at most 1 MB, a rate limit per key (and one per address for wrong keys),
// and the integration dispatch for everything else. /integration/v1/openapi.json needs no key: it
// describes the API.
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { integrationApi, type ApiMethod } from "../../shared/contract";
import { httpStatusOf } from "../../shared/errors";
import type { CoreServices } from "../core/context";
import { AppError } from "../core/errors";
import { say } from "../core/i18n/phrase";
import { integrationCaller } from "../core/integrations/integration-caller";
import { dispatchIntegration } from "../core/integrations/integration-dispatch";
import { pepperSecret } from "../core/integrations/pepper";
import { envelopeOfError, failure } from "../core/rpc/envelope";
import { openApiDocument } from "./openapi-document";

export const apiRoot = "/integration/v1";
const bodyLimitBytes = 1024 * 1024;
/** Wrong keys an address may send a minute before it is made to wait. */
const failedKeysPerMinute = 30;

export interface HttpAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** The route, for the metrics: the path's template, never the order's reference. */
  route: string;
}

interface Route {
  method: ApiMethod;
  httpMethod: string;
  pattern: RegExp;
  names: string[];
  template: string;
}

const routes: Route[] = Object.entries(integrationApi).map(
  ([method, operation]) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      })}$`,
    );
    return {
      method: method as ApiMethod,
      httpMethod: operation.method,
      pattern,
      names,
      template: `${apiRoot}${operation.path}`,
    };
  },
);

/** A refusal with the HTTP status its code has, or the one given (413, 415, 405). */
function refusal(
  error: AppError,
  route: string,
  extra: { status?: number; headers?: Record<string, string> } = {},
): HttpAnswer {
  return {
    status: extra.status ?? httpStatusOf[error.code],
    body: JSON.stringify(
      failure(error.code, say(error.phrase, "en"), error.details),
    ),
    route,
    ...(extra.headers ? { headers: extra.headers } : {}),
  };
}

type Matched =
  | { route: Route; params: Record<string, string> }
  | { allowed: string[]; template: string }
  | null;

function match(httpMethod: string, path: string): Matched {
  const allowed: string[] = [];
  let template = "other";
  for (const route of routes) {
    const found = route.pattern.exec(path);
    if (!found) continue;
    template = route.template;
    if (route.httpMethod !== httpMethod) {
      allowed.push(route.httpMethod);
      continue;
    }
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      try {
        params[name] = decodeURIComponent(found[i + 1] ?? "");
      } catch {
        throw new AppError("BAD_INPUT", {
          key: "errors:integrations.badPath",
          values: { path },
        });
      }
    });
    return { route, params };
  }
  return allowed.length > 0 ? { allowed, template } : null;
}

async function readJson(
  req: IncomingMessage,
  route: string,
  limitBytes: number,
) {
  const type = req.headers["content-type"] ?? "application/json";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes)
      return refusal(
        new AppError("BAD_INPUT", {
          key: "errors:integrations.tooLarge",
          values: { limit: `${Math.round(limitBytes / 1024 / 1024)} MB` },
        }),
        route,
        { status: 413 },
      );
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { json: {} };
  if (!/^application\/json\b/i.test(type))
    return refusal(
      new AppError("BAD_INPUT", {
        key: "errors:integrations.notJsonType",
        values: { type },
      }),
      route,
      { status: 415 },
    );
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return refusal(
      new AppError("BAD_INPUT", {
        key: "errors:integrations.notJson",
        values: { problem: (error as Error).message },
      }),
      route,
    );
  }
}

const rateLimited = (rejection: RateLimiterRes, route: string) => {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return refusal(
    new AppError("RATE_LIMITED", {
      key: "errors:integrations.rateLimited",
      values: { seconds },
    }),
    route,
    { headers: { "Retry-After": String(seconds) } },
  );
};

/** Spends one point; the refusal to answer when none is left. */
async function spend(limiter: RateLimiterMemory, key: string, route: string) {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return rateLimited(rejection, route);
    throw rejection;
  }
}

export interface IntegrationApiOptions {
  /** Requests a key may make each minute, on this process. */
  requestsPerMinute: number;
  version: string;
}

export function integrationApiHandler(
  services: CoreServices,
  options: IntegrationApiOptions,
) {
  const perKey = new RateLimiterMemory({
    points: options.requestsPerMinute,
    duration: 60,
  });
  const wrongKeys = new RateLimiterMemory({
    points: failedKeysPerMinute,
    duration: 60,
  });
  const openApi = JSON.stringify(openApiDocument(options.version));

  async function answer(
    req: IncomingMessage,
    path: string,
  ): Promise<HttpAnswer> {
    const httpMethod = req.method ?? "GET";
    const sub = path.slice(apiRoot.length) || "/";
    if (httpMethod === "GET" && sub === "/openapi.json")
      return { status: 200, body: openApi, route: `${apiRoot}/openapi.json` };
    const found = match(httpMethod, sub);
    if (!found)
      return refusal(
        new AppError("NOT_FOUND", {
          key: "errors:integrations.notServed",
          values: { method: httpMethod, path },
        }),
        "other",
      );
    if ("allowed" in found)
      return refusal(
        new AppError("BAD_INPUT", {
          key: "errors:integrations.wrongMethod",
          values: { method: httpMethod, allowed: found.allowed.join(", ") },
        }),
        found.template,
        { status: 405, headers: { Allow: found.allowed.join(", ") } },
      );
    const route = found.route.template;
    const pepper = services.secrets.get(pepperSecret);
    if (!pepper)
      return {
        status: 503,
        body: JSON.stringify(
          failure("INTERNAL", say({ key: "errors:integrations.apiOff" }, "en")),
        ),
        route,
      };
    // An address that keeps sending wrong keys waits before its next try reaches the database.
    const address = req.socket.remoteAddress ?? "unknown";
    const strikes = await wrongKeys.get(address);
    if (strikes && strikes.remainingPoints <= 0)
      return rateLimited(strikes, route);
    let caller;
    try {
      caller = await integrationCaller(
        services.db,
        pepper,
        req.headers.authorization,
        services.clock.now(),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === "UNAUTHORIZED")
        await wrongKeys.penalty(address, 1);
      throw error;
    }
    const limited = await spend(perKey, String(caller.id), route);
    if (limited) return limited;
    const read =
      httpMethod === "GET"
        ? { json: {} }
        : await readJson(
            req,
            route,
            integrationApi[found.route.method].maxBodyBytes ?? bodyLimitBytes,
          );
    if (!("json" in read)) return read;
    const header = req.headers["idempotency-key"];
    const answered = await dispatchIntegration(services, caller, {
      method: found.route.method,
      params: found.params,
      body: read.json,
      idempotencyKey: typeof header === "string" ? header : null,
    });
    return {
      status: answered.status,
      body: answered.body,
      route,
      ...(answered.replayed
        ? { headers: { "Idempotent-Replayed": "true" } }
        : {}),
    };
  }

  /** Never rejects: every failure is an answer in the envelope. */
  return async (req: IncomingMessage, path: string): Promise<HttpAnswer> => {
    try {
      return await answer(req, path);
    } catch (error) {
      if (error instanceof AppError) return refusal(error, "other");
      const envelope = envelopeOfError(services, path, error, "en");
      return {
        status: envelope.ok ? 200 : httpStatusOf[envelope.error.code],
        body: JSON.stringify(envelope),
        route: "other",
      };
    }
  };
}
