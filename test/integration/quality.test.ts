import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type {
  OrderFile,
  RatingSuggestion,
  ReadinessCondition,
  ReviewQueue,
} from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, testPassword, valueOf } from "../fixtures/core";
import { base64, png } from "../fixtures/images";

let core: Core;
let dispatcher: string;
let reviewer: string;
let admin: string;
let orderId: number;
let partnerId: number;
let sizes = 10;

beforeEach(async () => {
  ({ core } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
  reviewer = await signIn(core, "quality@cutr.example");
  admin = await signIn(core, "admin@cutr.example");
  ({ orderId, partnerId } = await assignedOrder(core, dispatcher));
});
afterEach(() => core.close());

/** A new, distinct photo in the order's folder. */
async function photo(folder = "finished_product"): Promise<OrderFile> {
  sizes++;
  return valueOf<OrderFile>(
    await core.call(
      "files.import",
      {
        orderId,
        folder,
        name: `photo-${sizes}.png`,
        dataBase64: base64(await png(sizes, sizes)),
      },
      dispatcher,
    ),
  );
}

const review = (
  file: OrderFile,
  decision: "approved" | "rejected",
  session = reviewer,
  reason?: string,
) =>
  core.call(
    "quality.review",
    { fileId: file.id, decision, reason, fileVersion: file.version },
    session,
  );

describe("the review queue", () => {
  it("lists pending files oldest first with their order, filtered by folder, partner and order", async () => {
    const first = await photo();
    const packed = await photo("packed_product");
    await photo("signed_packing_slip");
    const queue = valueOf<ReviewQueue>(
      await core.call("quality.queue", { filter: { orderId } }, reviewer),
    );
    expect(queue.total).toBe(2);
    expect(queue.items.map((i) => i.id)).toEqual([first.id, packed.id]);
    expect(queue.items[0]).toMatchObject({
      orderId,
      partnerId,
      orderNumber: expect.stringMatching(/^T-2026-/),
      reviewState: "pending",
    });
    const byFolder = valueOf<ReviewQueue>(
      await core.call(
        "quality.queue",
        { filter: { partnerId, folder: "packed_product" } },
        reviewer,
      ),
    );
    expect(byFolder.items.map((i) => i.id)).toEqual([packed.id]);
    valueOf(await review(first, "approved"));
    const after = valueOf<ReviewQueue>(
      await core.call("quality.queue", { filter: { orderId } }, reviewer),
    );
    expect(after.items.map((i) => i.id)).toEqual([packed.id]);
  });
});

describe("quality.review", () => {
  it("approves and rejects with a reason, recorded in History", async () => {
    const a = await photo();
    const b = await photo();
    expect(valueOf<OrderFile>(await review(a, "approved"))).toMatchObject({
      reviewState: "approved",
      version: 2,
      decision: { decision: "approved", reviewer: "Sanne Bakker" },
    });
    expect(await review(b, "rejected")).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringContaining("reason") },
    });
    expect(
      valueOf<OrderFile>(
        await review(b, "rejected", reviewer, "Blurred or too dark"),
      ).decision,
    ).toMatchObject({ decision: "rejected", reason: "Blurred or too dark" });
    const history = valueOf<{
      history: { action: string; reason: string | null }[];
    }>(await core.call("orders.get", { id: orderId }, reviewer)).history;
    expect(history.filter((h) => h.action === "file.reviewed")).toHaveLength(2);
    expect(
      history.find((h) => h.reason === "Blurred or too dark"),
    ).toBeTruthy();
  });

  it("is refused to dispatchers, and on files that are not reviewed", async () => {
    const a = await photo();
    expect(await review(a, "approved", dispatcher)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const slip = await photo("signed_packing_slip");
    expect(slip.reviewState).toBeNull();
    expect(await review(slip, "approved")).toMatchObject({
      ok: false,
      error: { code: "RULE" },
    });
  });

  // In one process the two transactions run one after the other, so the second sees the first's
  // version; across processes the conditional update in review-file.ts does the same.
  it("lets only one of two reviewers decide a photo; the other hears who did", async () => {
    const a = await photo();
    const [one, two] = await Promise.all([
      review(a, "approved", reviewer),
      review(a, "rejected", admin, "Damage or flaw visible"),
    ]);
    const outcomes = [one, two].map((r) => r.ok);
    expect(outcomes.sort()).toEqual([false, true]);
    const loser = (one.ok ? two : one) as {
      error: { code: string; message: string };
    };
    expect(loser.error.code).toBe("CONFLICT");
    expect(loser.error.message).toMatch(/already (approved|rejected) by/);
    const reviews = await core.services.db
      .selectFrom("file_reviews")
      .selectAll()
      .where("file_id", "=", a.id)
      .execute();
    expect(reviews).toHaveLength(1);
  });

  it("refuses a decision on a stale version", async () => {
    const a = await photo();
    const approved = valueOf<OrderFile>(await review(a, "approved"));
    valueOf(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: approved.version },
        reviewer,
      ),
    );
    // Pending again, but at version 3: a screen still showing version 1 must not decide.
    expect(
      await review(a, "rejected", admin, "Blurred or too dark"),
    ).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
  });
});

describe("quality.undo", () => {
  it("returns the reviewer's own last decision to pending; others may not, admins may", async () => {
    const a = await photo();
    const rejected = valueOf<OrderFile>(
      await review(a, "rejected", reviewer, "Part not fully in view"),
    );
    valueOf(
      await core.call(
        "users.create",
        {
          email: "quality2@cutr.example",
          name: "Second Reviewer",
          role: "quality_reviewer",
          password: testPassword,
        },
        admin,
      ),
    );
    const other = await signIn(core, "quality2@cutr.example");
    expect(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: rejected.version },
        other,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const undone = valueOf<OrderFile>(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: rejected.version },
        reviewer,
      ),
    );
    expect(undone).toMatchObject({
      reviewState: "pending",
      version: 3,
      decision: null,
    });
    expect(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: undone.version },
        reviewer,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("pending") },
    });
    const approved = valueOf<OrderFile>(
      await review(undone, "approved", reviewer),
    );
    expect(
      valueOf<OrderFile>(
        await core.call(
          "quality.undo",
          { fileId: a.id, fileVersion: approved.version },
          admin,
        ),
      ).reviewState,
    ).toBe("pending");
  });

  it("leaves a decision taken again elsewhere alone: an undo of the version seen before is refused", async () => {
    const a = await photo();
    const approved = valueOf<OrderFile>(await review(a, "approved"));
    // In another window the reviewer undoes it and rejects it instead.
    const pendingAgain = valueOf<OrderFile>(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: approved.version },
        reviewer,
      ),
    );
    const rejected = valueOf<OrderFile>(
      await review(pendingAgain, "rejected", reviewer, "Blurred or too dark"),
    );
    // The first window still offers to undo the approval it saw.
    expect(
      await core.call(
        "quality.undo",
        { fileId: a.id, fileVersion: approved.version },
        reviewer,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringContaining("already rejected by"),
      },
    });
    const after = await core.services.db
      .selectFrom("files")
      .select(["review_state", "version"])
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({
      review_state: "rejected",
      version: rejected.version,
    });
  });
});

describe("Ready and the rating", () => {
  const conditions = async () =>
    Object.fromEntries(
      valueOf<ReadinessCondition[]>(
        await core.call("orders.readiness", { orderId }, dispatcher),
      ).map((c) => [c.key, c.met]),
    );

  it("needs an approved finished and packed photo; a rejected one does not count", async () => {
    const finished = await photo();
    const packed = await photo("packed_product");
    expect(await conditions()).toMatchObject({
      finished_photo: false,
      packed_photo: false,
    });
    valueOf(
      await review(finished, "rejected", reviewer, "Blurred or too dark"),
    );
    valueOf(await review(packed, "approved"));
    expect(await conditions()).toMatchObject({
      finished_photo: false,
      packed_photo: true,
    });
    valueOf(await review(await photo(), "approved"));
    expect(await conditions()).toMatchObject({
      finished_photo: true,
      packed_photo: true,
    });
  });

  it("needs drawings approved with none waiting, when the order requires them", async () => {
    await core.services.db
      .updateTable("orders")
      .set({ requires_production_drawing: 1 })
      .where("id", "=", orderId)
      .execute();
    const rejected = await photo("production_drawing");
    valueOf(
      await review(rejected, "rejected", reviewer, "Does not match the order"),
    );
    expect((await conditions()).drawings).toBe(false);
    const replacement = await photo("production_drawing");
    expect((await conditions()).drawings).toBe(false);
    valueOf(await review(replacement, "approved"));
    expect((await conditions()).drawings).toBe(true);
  });

  it("feeds the quality suggestion: rejections at first review lower it", async () => {
    valueOf(
      await review(await photo(), "rejected", reviewer, "Blurred or too dark"),
    );
    valueOf(await review(await photo(), "approved"));
    const undone = await photo();
    const slip = valueOf<OrderFile>(
      await review(undone, "rejected", reviewer, "Blurred or too dark"),
    );
    // An undone slip of the finger is not a rejection at first review.
    valueOf(
      await core.call(
        "quality.undo",
        { fileId: undone.id, fileVersion: slip.version },
        reviewer,
      ),
    );
    await core.services.db
      .updateTable("orders")
      .set({ status: "approved", approved_at: "2026-11-21T10:00:00.000Z" })
      .where("id", "=", orderId)
      .execute();
    const suggestion = valueOf<RatingSuggestion>(
      await core.call("ratings.suggest", { orderId }, admin),
    );
    expect(suggestion.factors.quality.stars).toBe(4);
    expect(suggestion.factors.quality.evidence).toContainEqual({
      key: "ratings:evidence.photosReviewed",
      values: { photos: 2, rejections: 1 },
    });
  });
});
