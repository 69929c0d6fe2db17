// Power cuts, simulated: a browser-mode server on a database file takes a stream of writes of
// every kind, is killed with SIGKILL at a random moment, and started again. After every round the
// file must be intact, every write the server acknowledged must be there, and no change may be
// half there. CUTR_CRASH_ROUNDS sets the rounds (npm test runs a few; `npm run test:crash` 25).
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import type {
  CandidatesResult,
  Message,
  OrderFile,
  OrderRow,
  Page,
} from "../../shared/contract";
import {
  post,
  signInOver,
  startServerProcess,
  type ServerProcess,
} from "../fixtures/server-process";
import { textBody } from "../fixtures/message-body";
import { someFactors } from "../fixtures/rating-factors";

const rounds = Number(process.env.CUTR_CRASH_ROUNDS ?? 6);
const folder = mkdtempSync(join(tmpdir(), "cutr-crash-"));
const databaseFile = join(folder, "cutr.sqlite");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Acknowledged {
  milestones: string[];
  messages: string[];
  files: number[];
  assignments: { orderId: number; partnerId: number }[];
  ratings: number[];
}

const acknowledged: Acknowledged = {
  milestones: [],
  messages: [],
  files: [],
  assignments: [],
  ratings: [],
};

const doc = textBody;

/** Writes of every kind until the server dies; what it acknowledged is recorded. */
async function writeUntilKilled(server: ServerProcess, round: number) {
  const { origin } = server;
  const session = await signInOver(origin, "admin@cutr.example");
  const list = async (status: string, rated?: boolean) => {
    const page = await post<Page<OrderRow>>(
      origin,
      "orders.list",
      { filter: { status: [status], rated }, limit: 60 },
      session,
    );
    if (!page.ok) throw new Error(page.error.message);
    return page.value.rows;
  };
  const assigned = await list("assigned");
  const open = await list("open");
  const approved = await list("approved", false);
  let alive = true;
  server.child.once("exit", () => {
    alive = false;
  });
  const lane = async (name: string, write: (i: number) => Promise<void>) => {
    for (let i = 0; alive; i++) {
      try {
        await write(i);
      } catch {
        return; // the server is gone mid-request: that write was never acknowledged
      }
    }
  };
  const pick = <T>(rows: T[], i: number) => rows[i % rows.length] as T;
  return [
    lane("milestones", async (i) => {
      const name = `crash r${round} m${i}`;
      const order = pick(assigned, i + round);
      const result = await post(
        origin,
        "milestones.set",
        {
          orderId: order.id,
          kind: "custom",
          name,
          date: "2026-12-10",
          reason: "Crash test",
        },
        session,
      );
      if (result.ok) acknowledged.milestones.push(name);
    }),
    lane("messages", async (i) => {
      const text = `crash r${round} message ${i}`;
      const order = pick(assigned, i * 7 + round);
      const result = await post<Message>(
        origin,
        "messages.send",
        { orderId: order.id, thread: "cutr", body: doc(text) },
        session,
      );
      if (result.ok) acknowledged.messages.push(text);
    }),
    lane("files", async (i) => {
      const photo = await sharp({
        create: {
          width: 16 + i,
          height: 9 + round,
          channels: 3,
          background: "#a67c52",
        },
      })
        .png()
        .toBuffer();
      const order = pick(assigned, i * 3 + round);
      const result = await post<OrderFile>(
        origin,
        "files.import",
        {
          orderId: order.id,
          folder: "finished_product",
          name: `crash-r${round}-${i}.png`,
          dataBase64: photo.toString("base64"),
        },
        session,
      );
      if (result.ok) acknowledged.files.push(result.value.id);
    }),
    lane("ratings", async (i) => {
      const order = approved[i];
      if (!order) {
        await new Promise((r) => setTimeout(r, 20));
        return;
      }
      const result = await post(
        origin,
        "ratings.record",
        {
          orderId: order.id,
          factors: someFactors,
        },
        session,
      );
      if (result.ok) acknowledged.ratings.push(order.id);
    }),
    lane("assignments", async (i) => {
      const order = open[i];
      if (!order) {
        await new Promise((r) => setTimeout(r, 20));
        return;
      }
      const ranking = await post<CandidatesResult>(
        origin,
        "dispatch.candidates",
        { orderId: order.id },
        session,
      );
      if (!ranking.ok) return;
      const top = ranking.value.candidates.find(
        (c) => !c.needsOverride && !c.matchReview,
      );
      if (!top) return;
      const result = await post(
        origin,
        "dispatch.assign",
        {
          orderId: order.id,
          partnerId: top.partnerId,
          orderVersion: ranking.value.order.version,
        },
        session,
      );
      if (result.ok)
        acknowledged.assignments.push({
          orderId: order.id,
          partnerId: top.partnerId,
        });
    }),
  ];
}

function checkDatabase() {
  const db = new Database(databaseFile);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const names = new Set(
      (
        db
          .prepare("SELECT name FROM milestones WHERE kind = 'custom'")
          .all() as { name: string }[]
      ).map((r) => r.name),
    );
    for (const name of acknowledged.milestones)
      expect(names, name).toContain(name);
    const bodies = (
      db
        .prepare("SELECT body FROM messages WHERE body LIKE '%crash r%'")
        .all() as {
        body: string;
      }[]
    ).map((r) => r.body);
    for (const text of acknowledged.messages)
      expect(
        bodies.some((b) => b.includes(`"${text}"`)),
        text,
      ).toBe(true);
    const files = db
      .prepare("SELECT id, sha256, thumb_sha256 FROM files")
      .all() as {
      id: number;
      sha256: string;
      thumb_sha256: string | null;
    }[];
    const fileIds = new Set(files.map((f) => f.id));
    for (const id of acknowledged.files)
      expect(fileIds, `file ${id}`).toContain(id);
    // No row without its bytes, for every file there is.
    const blob = (sha: string) =>
      join(
        dirname(databaseFile),
        "files",
        sha.slice(0, 2),
        sha.slice(2, 4),
        sha,
      );
    for (const f of files) {
      expect(existsSync(blob(f.sha256)), `blob of file ${f.id}`).toBe(true);
      if (f.thumb_sha256) expect(existsSync(blob(f.thumb_sha256))).toBe(true);
    }
    for (const { orderId, partnerId } of acknowledged.assignments)
      expect(
        db
          .prepare("SELECT status, partner_id FROM orders WHERE id = ?")
          .get(orderId),
      ).toEqual({ status: "assigned", partner_id: partnerId });
    for (const orderId of acknowledged.ratings)
      expect(
        db
          .prepare("SELECT count(*) AS n FROM ratings WHERE order_id = ?")
          .get(orderId),
        `rating of order ${orderId}`,
      ).toEqual({ n: 1 });
    // No half of any change: every thread's counters match its messages, every rating has its
    // score in the partner's history, and every assigned order has exactly one live assignment,
    // its to-dos and its email.
    expect(
      db
        .prepare(
          `SELECT r.id FROM ratings r
           WHERE NOT EXISTS (SELECT 1 FROM partner_scores s WHERE s.rating_id = r.id)`,
        )
        .all(),
    ).toEqual([]);
    expect(
      db
        .prepare(
          `SELECT t.id FROM message_threads t
           WHERE t.message_count != (SELECT count(*) FROM messages m WHERE m.thread_id = t.id)
              OR t.last_message_id IS NOT (SELECT max(id) FROM messages m WHERE m.thread_id = t.id)`,
        )
        .all(),
    ).toEqual([]);
    expect(
      db
        .prepare(
          `SELECT o.id FROM orders o WHERE o.status = 'assigned' AND (
             (SELECT count(*) FROM assignments a WHERE a.order_id = o.id AND a.cancelled_at IS NULL) != 1
             OR (SELECT count(*) FROM todos t WHERE t.order_id = o.id) = 0)`,
        )
        .all(),
    ).toEqual([]);
  } finally {
    db.close();
  }
}

describe("crash safety", () => {
  it(
    `keeps every acknowledged write through ${rounds} kills`,
    async () => {
      for (let round = 0; round < rounds; round++) {
        const server = await startServerProcess(databaseFile, {
          demo: round === 0,
        });
        const lanes = await writeUntilKilled(server, round);
        await new Promise((r) => setTimeout(r, 150 + Math.random() * 700));
        const exited = new Promise((r) => server.child.once("exit", r));
        server.child.kill("SIGKILL");
        await exited;
        await Promise.all(lanes);
        checkDatabase();
      }
      // Enough happened for the test to mean something.
      expect(acknowledged.milestones.length).toBeGreaterThan(rounds);
      expect(acknowledged.messages.length).toBeGreaterThan(rounds);
      expect(acknowledged.files.length).toBeGreaterThan(rounds);
      expect(acknowledged.assignments.length).toBeGreaterThan(0);
      expect(acknowledged.ratings.length).toBeGreaterThan(0);
      console.log(
        `crash rounds: ${rounds}; acknowledged writes kept: ${acknowledged.milestones.length} milestones, ${acknowledged.messages.length} messages, ${acknowledged.files.length} files, ${acknowledged.assignments.length} assignments, ${acknowledged.ratings.length} ratings`,
      );
    },
    rounds * 20_000 + 30_000,
  );
});
