// The team service's HTTP face: /healthz (the process answers), /readyz (its database answers,
// and it is not stopping), /metrics (Prometheus) and the integration API under /integration/v1.
// Everything else is 404 in the console's error envelope.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { sql, type Kysely } from "kysely";
import type { Database } from "../core/db/schema";
import { apiRoot, type HttpAnswer } from "./integration-http";
import type { ServiceMetrics } from "./service-metrics";

export interface ServiceHttpOptions {
  db: Kysely<Database>;
  metrics: ServiceMetrics;
  /** False once SIGTERM came: load balancers stop sending work before the process ends. */
  accepting: () => boolean;
  /** The integration API's answer to a request under /integration/v1. */
  integration: (req: IncomingMessage, path: string) => Promise<HttpAnswer>;
}

const readyTimeoutMs = 2_000;

async function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      sql`SELECT 1`.execute(db).then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), readyTimeoutMs);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function createServiceServer(options: ServiceHttpOptions): Server {
  return createServer((req, res) => {
    const started = performance.now();
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const reply = (
      status: number,
      type: string,
      body: string,
      extra: { route?: string; headers?: Record<string, string> } = {},
    ) => {
      res.writeHead(status, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        ...extra.headers,
      });
      res.end(body);
      options.metrics.observeRequest(
        extra.route ??
          (["/healthz", "/readyz", "/metrics"].includes(path) ? path : "other"),
        status,
        (performance.now() - started) / 1000,
      );
    };
    const json = (status: number, value: unknown) =>
      reply(status, "application/json; charset=utf-8", JSON.stringify(value));
    if (path === apiRoot || path.startsWith(`${apiRoot}/`)) {
      if (!options.accepting())
        return json(503, {
          ok: false,
          error: { code: "INTERNAL", message: "The service is stopping." },
        });
      return void options.integration(req, path).then(
        (answer) =>
          reply(answer.status, "application/json; charset=utf-8", answer.body, {
            route: answer.route,
            ...(answer.headers ? { headers: answer.headers } : {}),
          }),
        () =>
          json(500, {
            ok: false,
            error: { code: "INTERNAL", message: "The request failed." },
          }),
      );
    }
    if (req.method !== "GET")
      return json(405, {
        ok: false,
        error: { code: "BAD_INPUT", message: "Only GET is served here." },
      });
    if (path === "/healthz") return json(200, { ok: true });
    if (path === "/readyz")
      return void databaseAnswers(options.db).then((answers) => {
        const ready = answers && options.accepting();
        json(ready ? 200 : 503, {
          ok: ready,
          database: answers ? "answers" : "does not answer",
          stopping: !options.accepting(),
        });
      });
    if (path === "/metrics")
      return void options.metrics.registry.metrics().then(
        (text) => reply(200, options.metrics.registry.contentType, text),
        () =>
          json(500, {
            ok: false,
            error: {
              code: "INTERNAL",
              message: "The metrics could not be made.",
            },
          }),
      );
    json(404, {
      ok: false,
      error: { code: "NOT_FOUND", message: `Nothing is served at ${path}.` },
    });
  });
}
