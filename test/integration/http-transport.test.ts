import { request } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import {
  createBrowserServer,
  maxBodyBytes,
  maxImportBodyBytes,
} from "../../electron/server/http-server";
import { httpStatusOf } from "../../shared/errors";
import { anAssignedOrder, signIn, testCore } from "../fixtures/core";
import { base64, png } from "../fixtures/images";

const token = "test-token-0123456789";
let core: Core;
let server: Server;
let port: number;
let rendererDir: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const api = (
  method: string,
  input: unknown,
  session?: string,
  extra: Record<string, string> = {},
) =>
  send({
    method: "POST",
    path: `/api/${method}`,
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${token}`,
      ...(session ? { "X-Cutr-Session": session } : {}),
      ...extra,
    },
    body: JSON.stringify(input),
  });

/** An import whose body is announced (the largest allowed) and never sent past its start. */
function stalledImport(
  session: string | null,
  answered?: (status: number) => void,
) {
  const req = request(
    {
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/files.import",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "Content-Length": String(maxImportBodyBytes),
        ...(session ? { "X-Cutr-Session": session } : {}),
      },
    },
    (res) => answered?.(res.statusCode ?? 0),
  );
  req.write('{"orderId": 1, "dataBase64": "');
  return req;
}

beforeAll(async () => {
  ({ core } = await testCore());
  rendererDir = mkdtempSync(join(tmpdir(), "cutr-renderer-"));
  writeFileSync(
    join(rendererDir, "index.html"),
    "<!doctype html><title>Cutr</title>",
  );
  server = createBrowserServer({ core, token, rendererDir });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await core.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe("browser mode over HTTP", () => {
  it("answers the health check without a token", async () => {
    const answer = await send({ path: "/api/health" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      value: { status: "ok" },
    });
  });

  it("refuses every other API call without the token, or with a wrong one", async () => {
    const none = await send({
      method: "POST",
      path: "/api/auth.users",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(none.status).toBe(401);
    const wrong = await api("auth.users", {}, undefined, {
      Authorization: "Bearer nope",
    });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORIZED" },
    });
  });

  it("refuses a Host other than the loopback address (DNS rebinding)", async () => {
    const answer = await send({
      path: "/api/health",
      headers: { Host: `evil.example:${port}` },
    });
    expect(answer.status).toBe(421);
  });

  it("refuses a cross-site Origin and sends no CORS headers", async () => {
    const answer = await api("auth.mode", {}, undefined, {
      Origin: "https://evil.example",
    });
    expect(answer.status).toBe(403);
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
    const same = await api("auth.mode", {}, undefined, {
      Origin: `http://127.0.0.1:${port}`,
    });
    expect(same.status).toBe(200);
  });

  it("answers bad bodies with BAD_INPUT: not JSON, wrong type, too large", async () => {
    const headers = {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
    };
    const broken = await send({
      method: "POST",
      path: "/api/auth.users",
      headers,
      body: "{nope",
    });
    expect(broken.status).toBe(400);
    const text = await send({
      method: "POST",
      path: "/api/auth.users",
      headers: { ...headers, "Content-Type": "text/plain" },
      body: "{}",
    });
    expect(text.status).toBe(415);
    const huge = await send({
      method: "POST",
      path: "/api/auth.users",
      headers,
      body: Buffer.alloc(maxBodyBytes + 10, 32),
    });
    expect(huge.status).toBe(413);
  });

  it("returns exactly the envelope the core returns, with the status of its code", async () => {
    const session = await signIn(core);
    const calls: [string, unknown, string | undefined][] = [
      ["orders.list", { limit: 2 }, session],
      ["orders.list", { limit: "two" }, session],
      ["orders.get", { id: 999_999 }, session],
      ["orders.list", {}, undefined],
      ["orders.explode", {}, session],
      ["auth.signIn", { email: "nobody@cutr.example" }, undefined],
    ];
    for (const [method, input, s] of calls) {
      const direct = await core.call(method, input, s ?? null);
      const answer = await api(method, input, s);
      expect(JSON.parse(answer.body)).toEqual(direct);
      expect(answer.status).toBe(
        direct.ok ? 200 : httpStatusOf[direct.error.code],
      );
    }
  });

  it("serves the renderer with security headers, and nothing outside its folder", async () => {
    const page = await send({ path: "/" });
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain(
      "frame-ancestors 'none'",
    );
    expect(page.headers["content-security-policy"]).not.toContain(
      "unsafe-eval",
    );
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    for (const path of [
      "/../package.json",
      "/..%2f..%2fetc%2fpasswd",
      "/%00index.html",
      "/assets/../../x",
    ]) {
      expect((await send({ path })).status).toBe(404);
    }
  });

  it("refuses an import without the right before reading its body", async () => {
    // The body is announced and never sent: only an answer given before reading it arrives.
    const refusalOf = (session: string | null) =>
      new Promise<number>((resolve, reject) => {
        const req = stalledImport(session, (status) => {
          resolve(status);
          req.destroy();
        });
        req.on("error", reject);
      });
    expect(await refusalOf(null)).toBe(httpStatusOf.UNAUTHORIZED);
    expect(await refusalOf(await signIn(core, "accounts@cutr.example"))).toBe(
      httpStatusOf.FORBIDDEN,
    );
  });

  it("reads two imports at once; a third waits its turn with its body unread", async () => {
    const session = await signIn(core);
    const orderId = await anAssignedOrder(core);
    // Two imports whose bodies never arrive hold both turns.
    const stalled = [0, 1].map(() =>
      stalledImport(session).on("error", () => undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    let answered = false;
    const third = api(
      "files.import",
      {
        orderId,
        folder: "finished_product",
        name: "Third in line.png",
        dataBase64: base64(await png(40, 30)),
      },
      session,
    ).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(answered).toBe(false);
    // One of them gives up: its turn passes to the third.
    stalled[0]?.destroy();
    expect((await third).status).toBe(200);
    stalled[1]?.destroy();
  });

  it("serves a stored file and its thumbnail only with the token and a session", async () => {
    const session = await signIn(core);
    const orderId = await anAssignedOrder(core);
    // Larger than the 1 MB limit of other calls: imports have their own.
    const photo = await png(1200, 1200);
    const padded = Buffer.concat([photo, Buffer.alloc(maxBodyBytes)]);
    const imported = await api(
      "files.import",
      {
        orderId,
        folder: "finished_product",
        name: "Wand kast Łódź.png",
        dataBase64: base64(padded),
      },
      session,
    );
    expect(imported.status).toBe(200);
    const fileId = (JSON.parse(imported.body) as { value: { id: number } })
      .value.id;
    const auth = { Authorization: `Bearer ${token}` };
    expect((await send({ path: `/files/${fileId}` })).status).toBe(401);
    expect(
      (await send({ path: `/files/${fileId}`, headers: auth })).status,
    ).toBe(401);
    const withSession = { ...auth, "X-Cutr-Session": session };
    const full = await send({ path: `/files/${fileId}`, headers: withSession });
    expect(full.status).toBe(200);
    expect(full.headers["content-type"]).toBe("image/png");
    expect(full.headers["x-content-type-options"]).toBe("nosniff");
    expect(full.headers["content-disposition"]).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent("Wand kast Łódź.png")}`,
    );
    const thumb = await send({
      path: `/files/${fileId}/thumb`,
      headers: withSession,
    });
    expect(thumb.headers["content-type"]).toBe("image/webp");
    expect(
      (await send({ path: "/files/999999", headers: withSession })).status,
    ).toBe(404);
    expect(full.headers["cache-control"]).toBe("no-store");
    for (const path of ["/files/abc", "/files/1%2F..%2F..%2Fetc", "/files/-1"])
      expect((await send({ path, headers: withSession })).status).toBe(404);
  });

  it("serves a packing slip as a download, in a sandbox", async () => {
    const session = await signIn(core);
    const orderId = (
      await core.services.db
        .selectFrom("orders")
        .select("id")
        .where("status", "=", "assigned")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow()
    ).id;
    const generated = await api("packingSlips.generate", { orderId }, session);
    const { fileId } = (
      JSON.parse(generated.body) as { value: { fileId: number } }
    ).value;
    const slip = await send({
      path: `/slips/${fileId}`,
      headers: { Authorization: `Bearer ${token}`, "X-Cutr-Session": session },
    });
    expect(slip.status).toBe(200);
    expect(slip.headers["content-type"]).toBe("application/pdf");
    expect(slip.headers["content-disposition"]).toMatch(
      /^attachment; filename\*=UTF-8''packing-slip-C-\d{4}-\d{5}-v\d+\.pdf$/,
    );
    expect(slip.headers["content-security-policy"]).toBe("sandbox");
    expect(slip.body.startsWith("%PDF-")).toBe(true);
  });
});
