// The team service's HTTP face: /healthz (the process answers), /readyz (its database answers,
// and it is not stopping) and /metrics (Prometheus). Everything else is 404 in the console's error
// envelope; the integration API will live under /integration/v1.
import { createServer, type Server } from "node:http";
import { sql, type Kysely } from "kysely";
import type { Database } from "../core/db/schema";
import type { ServiceMetrics } from "./service-metrics";

export interface ServiceHttpOptions {
  db: Kysely<Database>;
  metrics: ServiceMetrics;
  /** False once SIGTERM came: load balancers stop sending work before the process ends. */
  accepting: () => boolean;
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
    const reply = (status: number, type: string, body: string) => {
      res.writeHead(status, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(body);
      options.metrics.observeRequest(
        ["/healthz", "/readyz", "/metrics"].includes(path) ? path : "other",
        status,
        (performance.now() - started) / 1000,
      );
    };
    const json = (status: number, value: unknown) =>
      reply(status, "application/json; charset=utf-8", JSON.stringify(value));
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
