// /integration/v1 over HTTP: the route table from the contract, the key in the Authorization
// header, a JSON body of at most 1 MB, a rate limit per key, and the integration dispatch for
// everything else. /integration/v1/openapi.json needs no key: it describes the API.
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { integrationApi, type ApiMethod } from "../../shared/contract";
import { httpStatusOf } from "../../shared/errors";
import type { CoreServices } from "../core/context";
import { AppError } from "../core/errors";
import { prefixOf } from "../core/integrations/api-keys";
import { integrationCaller } from "../core/integrations/integration-caller";
import { dispatchIntegration } from "../core/integrations/integration-dispatch";
import { pepperSecret } from "../core/integrations/pepper";
import { envelopeOfError, failure } from "../core/rpc/envelope";
import { say } from "../core/i18n/phrase";
import { openApiDocument } from "./openapi-document";

export const apiRoot = "/integration/v1";
const bodyLimitBytes = 1024 * 1024;

export interface HttpAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** The route, for the metrics: the path's template, never the order's reference. */
  route: string;
}

interface Route {
  method: ApiMethod;
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
      pattern,
      names,
      template: `${apiRoot}${operation.path}`,
    };
  },
);

function match(httpMethod: string, path: string) {
  for (const route of routes) {
    const found = route.pattern.exec(path);
    if (!found || integrationApi[route.method].method !== httpMethod) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(found[i + 1] ?? "");
    });
    return { route, params };
  }
  return null;
}

const refusal = (error: AppError, route: string): HttpAnswer => {
  const envelope = failure(error.code, say(error.phrase, "en"), error.details);
  return {
    status: httpStatusOf[error.code],
    body: JSON.stringify(envelope),
    route,
  };
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > bodyLimitBytes)
      throw new AppError("BAD_INPUT", {
        key: "errors:integrations.tooLarge",
        values: { limit: "1 MB" },
      });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("BAD_INPUT", {
      key: "errors:integrations.notJson",
      values: { problem: (error as Error).message },
    });
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
  const limiter = new RateLimiterMemory({
    points: options.requestsPerMinute,
    duration: 60,
  });
  const openApi = JSON.stringify(openApiDocument(options.version));

  return async function answer(
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
    const route = found.route.template;
    try {
      const pepper = services.secrets.get(pepperSecret);
      if (!pepper)
        return {
          status: 503,
          body: JSON.stringify(
            failure(
              "INTERNAL",
              say({ key: "errors:integrations.apiOff" }, "en"),
            ),
          ),
          route,
        };
      // Limited by the key's prefix before any database work: a flood costs nothing but this.
      const authorization = req.headers.authorization;
      const prefix = prefixOf(
        /^Bearer +(\S+)$/i.exec(authorization ?? "")?.[1] ?? "",
      );
      if (prefix) {
        try {
          await limiter.consume(prefix);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          return {
            ...refusal(
              new AppError("RATE_LIMITED", {
                key: "errors:integrations.rateLimited",
                values: { seconds },
              }),
              route,
            ),
            headers: { "Retry-After": String(seconds) },
          };
        }
      }
      const caller = await integrationCaller(
        services.db,
        pepper,
        authorization,
        services.clock.now(),
      );
      const body = httpMethod === "GET" ? {} : await readJson(req);
      const header = req.headers["idempotency-key"];
      const answer = await dispatchIntegration(services, caller, {
        method: found.route.method,
        params: found.params,
        body,
        idempotencyKey: typeof header === "string" ? header : null,
      });
      return {
        status: answer.status,
        body: answer.body,
        route,
        ...(answer.replayed
          ? { headers: { "Idempotent-Replayed": "true" } }
          : {}),
      };
    } catch (error) {
      const envelope = envelopeOfError(services, route, error, "en");
      return {
        status: envelope.ok ? 200 : httpStatusOf[envelope.error.code],
        body: JSON.stringify(envelope),
        route,
      };
    }
  };
}
