// One demo order and everything its life has left behind so far: assignment, to-dos, tasks,
// milestones, fulfilment dates, messages, emails, rating and audit rows, consistent with its status.
import type {
  FulfilmentMethod,
  OrderStatus,
  Region,
  TodoKind,
} from "../../../../shared/domain";
import { todoKinds } from "../../../../shared/domain";
import { defaultPolicy } from "../../../../shared/policy";
import { deliveryDateOutcome } from "../../../../shared/rules/date-in-force";
import {
  exactDecimalScore,
  exactOrderScore,
} from "../../../../shared/rules/tier";
import { makeOrderFiles, type FileWorld } from "./order-files";
import type { Address, DemoCustomer, DemoPartner } from "./people";
import { localeForRegion, pickRegion } from "./people";
import type { Random } from "./random";
import type { RowSink } from "./row-sink";
import { messageSnippets, products } from "./vocabulary";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);
const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

export interface OrderWorld {
  sink: RowSink;
  random: Random;
  nowMs: number;
  partners: DemoPartner[];
  partnersByRegion: Map<Region, DemoPartner[]>;
  ablePartners: Map<string, DemoPartner[]>;
  customers: DemoCustomer[];
  pools: Record<string, Address[]>;
  staff: {
    dispatcher: number[];
    accountManager: number;
    quality: number;
    everyone: number[];
  };
  ids: Record<
    | "item"
    | "assignment"
    | "todo"
    | "task"
    | "milestone"
    | "rating"
    | "thread"
    | "message"
    | "outbox"
    | "audit"
    | "change",
    number
  >;
  /** Photos for the orders' folders; null when the seed has no file store. */
  files: FileWorld | null;
  yearSequence: Map<number, number>;
  activeOrders: Map<number, number>;
  firstDelivery: Map<number, number>;
  /** Order scores per partner, for the rating aggregates computed at the end. */
  scores: {
    partnerId: number;
    orderId: number;
    /** The order score, exactly: points / parts. */
    points: number;
    parts: number;
    atMs: number;
    ratingId: number | null;
    assignmentId: number | null;
    source: "rating" | "cancellation";
  }[];
}

function next(world: OrderWorld, key: keyof OrderWorld["ids"]): number {
  world.ids[key] += 1;
  return world.ids[key];
}

function audit(
  world: OrderWorld,
  orderId: number,
  atMs: number,
  userId: number | null,
  action: string,
  after: unknown,
  reason: string | null = null,
  before: unknown = null,
) {
  world.sink.insert("audit_log", {
    id: next(world, "audit"),
    at: iso(atMs),
    user_id: userId,
    action,
    entity: "order",
    entity_id: orderId,
    order_id: orderId,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    reason,
  });
}

/** Partners that serve a region and can make a product, worked out once per pair. */
function ablePartners(
  world: OrderWorld,
  region: Region,
  needs: readonly string[],
): DemoPartner[] {
  const key = `${region}|${needs.join(",")}`;
  let able = world.ablePartners.get(key);
  if (!able) {
    const local = world.partnersByRegion.get(region) ?? [];
    const matching = local.filter((p) =>
      needs.every((c) => p.capabilities.has(c as never)),
    );
    able =
      matching.length > 0
        ? matching
        : local.length > 0
          ? local
          : world.partners;
    world.ablePartners.set(key, able);
  }
  return able;
}

function choosePartner(
  world: OrderWorld,
  region: Region,
  needs: readonly string[],
  atMs: number,
  options: { exclude?: number; staysActive: boolean },
): DemoPartner {
  const { random } = world;
  const able = ablePartners(world, region, needs);
  const joined = (p: DemoPartner) => world.nowMs - p.joinedDaysAgo * DAY < atMs;
  // An order still in production counts against the partner's capacity.
  const full = (p: DemoPartner) =>
    options.staysActive && (world.activeOrders.get(p.id) ?? 0) >= p.capacity;
  let choice: DemoPartner | null = null;
  // Better partners get more work, as the dispatch rules intend; partners only work once they have joined.
  for (let attempt = 0; attempt < 12; attempt++) {
    const candidate = random.pick(able);
    if (
      !joined(candidate) ||
      candidate.id === options.exclude ||
      full(candidate)
    )
      continue;
    choice = candidate;
    if (random.next() < (candidate.skill - 3.2) / 1.8) break;
  }
  return (
    choice ??
    world.partners.find(
      (p) => joined(p) && !full(p) && p.id !== options.exclude,
    ) ??
    random.pick(able)
  );
}

function body(text: string): string {
  return JSON.stringify({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
}

function messages(
  world: OrderWorld,
  orderId: number,
  kind: "cutr" | "customer",
  fromMs: number,
  toMs: number,
  partner: DemoPartner,
  customer: DemoCustomer,
) {
  const { random, sink } = world;
  const count = random.int(1, 4);
  const threadId = next(world, "thread");
  let atMs = fromMs;
  let last: "staff" | "partner" | "customer" = "staff";
  const rows = [];
  for (let i = 0; i < count && atMs < toMs; i++) {
    atMs += random.int(1, 72) * 3_600_000;
    if (atMs > world.nowMs) break;
    const author: "staff" | "partner" | "customer" =
      i % 2 === 0
        ? kind === "customer" && random.chance(0.4)
          ? "customer"
          : "partner"
        : "staff";
    last = author;
    const authorName =
      author === "partner"
        ? partner.name
        : author === "customer"
          ? customer.name
          : "Daan Janssen";
    rows.push({
      id: next(world, "message"),
      thread_id: threadId,
      author_kind: author,
      author_user_id:
        author === "staff" ? (world.staff.dispatcher[0] ?? null) : null,
      author_name: authorName,
      body: body(random.pick(messageSnippets[author])),
      created_at: iso(atMs),
    });
  }
  if (rows.length === 0) return;
  // Old questions were answered long ago: only the last days' threads wait on Cutr.
  const lastMs = Date.parse(rows.at(-1)?.created_at ?? "");
  if (last !== "staff" && world.nowMs - lastMs > 3 * DAY) {
    last = "staff";
    rows.push({
      id: next(world, "message"),
      thread_id: threadId,
      author_kind: "staff" as const,
      author_user_id: world.staff.dispatcher[0] ?? null,
      author_name: "Daan Janssen",
      body: body("Thank you, noted."),
      created_at: iso(lastMs + 2 * 3_600_000),
    });
  }
  sink.insert("message_threads", {
    id: threadId,
    order_id: orderId,
    kind,
    last_message_at: rows.at(-1)?.created_at ?? null,
    last_author_kind: last,
    message_count: rows.length,
    last_message_id: rows.at(-1)?.id ?? null,
  });
  for (const row of rows) sink.insert("messages", row);
  // Staff have read what is older than two days; newer messages are unread for everyone.
  const lastMessage = rows.at(-1);
  if (lastMessage && world.nowMs - Date.parse(lastMessage.created_at) > 2 * DAY)
    for (const userId of world.staff.everyone)
      sink.insert("message_reads", {
        user_id: userId,
        thread_id: threadId,
        last_read_message_id: lastMessage.id,
      });
}

export function makeOrder(
  world: OrderWorld,
  orderId: number,
  createdMs: number,
): void {
  const { random, sink, nowMs } = world;
  const customer = world.customers[
    random.int(0, world.customers.length - 1)
  ] as DemoCustomer;
  const product = random.pick(products);
  const region = random.chance(0.7) ? customer.region : pickRegion(random);
  const pool = world.pools[localeForRegion(region, random)] ?? [];
  const address = pool[random.int(0, pool.length - 1)] as Address;

  const year = new Date(createdMs).getUTCFullYear();
  const sequence = (world.yearSequence.get(year) ?? 0) + 1;
  world.yearSequence.set(year, sequence);
  const number = `C-${year}-${String(sequence).padStart(5, "0")}`;

  const valueCents = random.int(40, 2400) * 1000 + random.int(0, 99) * 10;
  const agreedCents = Math.round(valueCents * (0.62 + random.next() * 0.12));
  const requestedMs = createdMs + random.int(28, 70) * DAY;
  const installation = product.installation === true;

  // The timeline the order has lived through, up to now.
  const withdrawn = random.chance(0.02);
  const assignedMs = createdMs + (0.2 + random.next() * 2.5) * DAY;
  const earlierCancel = random.chance(0.04);
  const reassignedMs = earlierCancel
    ? assignedMs + random.int(3, 9) * DAY
    : assignedMs;
  const readyMs = reassignedMs + random.int(14, 42) * DAY;
  const deliveredMs = readyMs + random.int(2, 8) * DAY;
  const feedbackKind = random.chance(0.1)
    ? "issues"
    : random.chance(0.35)
      ? "positive"
      : null;
  const feedbackMs = deliveredMs + random.int(1, 12) * DAY;
  const approvedMs =
    feedbackKind === "issues"
      ? feedbackMs + random.int(2, 8) * DAY
      : feedbackKind === "positive"
        ? feedbackMs + DAY // staff approve it the next day
        : deliveredMs + 14 * DAY;

  let status: OrderStatus = "open";
  if (withdrawn && createdMs + 2 * DAY < nowMs) status = "cancelled";
  else if (reassignedMs <= nowMs) {
    status = "assigned";
    if (readyMs <= nowMs) status = "ready";
    if (deliveredMs <= nowMs) status = "delivered";
    // Any feedback waits in review until staff approve the order.
    if (feedbackKind && feedbackMs <= nowMs) status = "in_review";
    if (approvedMs <= nowMs) status = "approved";
  }
  const reached = (ms: number) =>
    status !== "open" && status !== "cancelled" && ms <= nowMs;

  const partner =
    status === "open" || status === "cancelled"
      ? null
      : choosePartner(world, region, product.capabilities, reassignedMs, {
          staysActive: status === "assigned" || status === "ready",
        });
  const lateDays = partner
    ? Math.max(-3, Math.round((5 - partner.skill) * 4 + random.noise(3)))
    : 0;
  const deliveryDateMs =
    requestedMs + (random.chance(0.15) ? random.int(3, 20) * DAY : 0);
  const finalCents = Math.round(
    agreedCents * (1 + Math.max(0, random.noise(0.04))),
  );

  // Drawn here, in the order the insert below used to draw them, so the demo data stays the same.
  const requiresDrawing = random.chance(0.35);
  const requiresSample = random.chance(0.2);
  sink.insert("orders", {
    id: orderId,
    number,
    customer_id: customer.id,
    partner_id: partner?.id ?? null,
    customer_name: customer.name,
    partner_name: partner?.name ?? null,
    status,
    version:
      1 +
      ["assigned", "ready", "delivered", "in_review", "approved"].indexOf(
        status,
      ) +
      1,
    title: product.title,
    key_account: customer.keyAccount ? 1 : 0,
    region,
    requires_installation: installation ? 1 : 0,
    requires_production_drawing: requiresDrawing ? 1 : 0,
    requires_sample_picture: requiresSample ? 1 : 0,
    direct_messaging: random.chance(0.4) ? 1 : 0,
    value_cents: valueCents,
    agreed_price_cents: agreedCents,
    final_amount_cents: reached(deliveredMs) ? finalCents : null,
    requested_delivery_date: date(requestedMs),
    delivery_street: address.street,
    delivery_postcode: address.postcode,
    delivery_city: address.city,
    delivery_country: address.country,
    packaging: random.chance(0.2) ? "pallet" : "box",
    box_count: random.int(1, 12),
    notes: random.chance(0.3)
      ? "Deliver between 08:00 and 12:00; call the site manager on arrival."
      : null,
    created_at: iso(createdMs),
    updated_at: iso(
      Math.min(nowMs, status === "approved" ? approvedMs : createdMs),
    ),
    assigned_at: partner ? iso(reassignedMs) : null,
    ready_at: reached(readyMs) ? iso(readyMs) : null,
    delivered_at: reached(deliveredMs) ? iso(deliveredMs) : null,
    approved_at: status === "approved" ? iso(approvedMs) : null,
    cancelled_at: status === "cancelled" ? iso(createdMs + 2 * DAY) : null,
  });
  for (const capability of product.capabilities)
    sink.insert("order_capabilities", { order_id: orderId, capability });
  const itemCount = random.int(1, 6);
  for (let position = 1; position <= itemCount; position++) {
    sink.insert("order_items", {
      id: next(world, "item"),
      order_id: orderId,
      position,
      part: random.pick(product.parts),
      material: random.pick(product.materials),
      length_mm: random.int(20, 280) * 10,
      width_mm: random.int(10, 90) * 10,
      thickness_mm: random.pick([9, 12, 15, 18, 19, 22, 25, 30]),
      quantity: random.int(1, 8),
    });
  }
  if (!partner) return;
  if (world.files)
    makeOrderFiles(world, world.files, {
      id: orderId,
      status,
      partnerSkill: partner.skill,
      assignedMs: reassignedMs,
      readyMs,
      requiresDrawing,
      requiresSample,
    });

  const dispatcher = random.pick(world.staff.dispatcher);
  if (earlierCancel) {
    const first = choosePartner(
      world,
      region,
      product.capabilities,
      assignedMs,
      { exclude: partner.id, staysActive: false },
    );
    const assignmentId = next(world, "assignment");
    const counts = random.chance(0.75);
    sink.insert("assignments", {
      id: assignmentId,
      order_id: orderId,
      partner_id: first.id,
      assigned_at: iso(assignedMs),
      assigned_by: dispatcher,
      cancelled_at: iso(reassignedMs - DAY),
      cancelled_by: dispatcher,
      cancel_reason: counts
        ? "Partner withdrew: no capacity after all."
        : "Machine breakdown at the partner (excused).",
      counts_toward_rating: counts ? 1 : 0,
    });
    audit(world, orderId, assignedMs, dispatcher, "order.assigned", {
      partner: first.name,
    });
    audit(
      world,
      orderId,
      reassignedMs - DAY,
      dispatcher,
      "assignment.cancelled",
      { countsTowardRating: counts },
      counts
        ? "Partner withdrew: no capacity after all."
        : "Machine breakdown at the partner (excused).",
      { partner: first.name },
    );
    if (counts)
      world.scores.push({
        partnerId: first.id,
        orderId,
        ...exactDecimalScore(defaultPolicy.cancellationScore),
        atMs: reassignedMs - DAY,
        ratingId: null,
        assignmentId,
        source: "cancellation",
      });
  }

  const assignmentId = next(world, "assignment");
  sink.insert("assignments", {
    id: assignmentId,
    order_id: orderId,
    partner_id: partner.id,
    assigned_at: iso(reassignedMs),
    assigned_by: dispatcher,
  });
  audit(world, orderId, reassignedMs, dispatcher, "order.assigned", {
    partner: partner.name,
  });
  sink.insert("outbox", {
    id: next(world, "outbox"),
    kind: "assignment",
    order_id: orderId,
    recipient: partner.email,
    subject: `Order ${number} is assigned to you`,
    body: `Order ${number} (${product.title}) is assigned to ${partner.name}. Please complete your to-dos within 3 days.`,
    due_at: iso(reassignedMs),
    status: "sent",
    attempts: 1,
    sent_at: iso(reassignedMs + 60_000),
    created_at: iso(reassignedMs),
  });
  if (status === "assigned" || status === "ready")
    world.activeOrders.set(
      partner.id,
      (world.activeOrders.get(partner.id) ?? 0) + 1,
    );

  const firstTime =
    !world.firstDelivery.has(partner.id) ||
    (world.firstDelivery.get(partner.id) ?? 0) > reassignedMs;
  if (reached(deliveredMs) && !world.firstDelivery.has(partner.id))
    world.firstDelivery.set(partner.id, deliveredMs);

  const dueMs = reassignedMs + 3 * DAY;
  const involvementSlips = lateDays > 3 ? random.int(0, 2) : 0;
  todoKinds.forEach((kind: TodoKind, index) => {
    const doneMs =
      reassignedMs +
      (index < involvementSlips ? random.int(4, 9) : random.next() * 2.8) * DAY;
    sink.insert("todos", {
      id: next(world, "todo"),
      order_id: orderId,
      assignment_id: assignmentId,
      kind,
      due_date: date(dueMs),
      done_at: doneMs <= nowMs ? iso(doneMs) : null,
      done_by: doneMs <= nowMs ? dispatcher : null,
    });
  });
  if (firstTime)
    sink.insert("tasks", {
      id: next(world, "task"),
      order_id: orderId,
      assignment_id: assignmentId,
      kind: "check_in_meeting",
      status: reassignedMs + 5 * DAY < nowMs ? "done" : "open",
      proposed_dates: JSON.stringify([
        date(reassignedMs + 2 * DAY),
        date(reassignedMs + 3 * DAY),
      ]),
      customer_joins: 0,
      created_at: iso(reassignedMs),
      done_at:
        reassignedMs + 5 * DAY < nowMs ? iso(reassignedMs + 4 * DAY) : null,
    });
  if (installation) {
    const kickOffDone = reassignedMs + 6 * DAY < nowMs;
    sink.insert("tasks", {
      id: next(world, "task"),
      order_id: orderId,
      assignment_id: assignmentId,
      kind: "kick_off_call",
      status: kickOffDone ? "done" : "open",
      proposed_dates: JSON.stringify([
        date(reassignedMs + 4 * DAY),
        date(reassignedMs + 5 * DAY),
      ]),
      customer_joins: random.chance(0.5) ? 1 : 0,
      created_at: iso(reassignedMs),
      done_at: kickOffDone ? iso(reassignedMs + 5 * DAY) : null,
    });
    if (kickOffDone) {
      const am = world.staff.accountManager;
      for (const [kind, offset] of [
        ["measure_up", 8],
        ["production_drawing_ready", 14],
        ["installation", 40],
      ] as const) {
        sink.insert("milestones", {
          id: next(world, "milestone"),
          order_id: orderId,
          kind,
          name: null,
          date: date(reassignedMs + offset * DAY),
          set_by: am,
          set_at: iso(reassignedMs + 5 * DAY),
        });
      }
      audit(
        world,
        orderId,
        reassignedMs + 5 * DAY,
        am,
        "milestones.set",
        {
          measure_up: date(reassignedMs + 8 * DAY),
          installation: date(reassignedMs + 40 * DAY),
        },
        "Agreed at the kick-off call.",
      );
    }
  }

  const method: FulfilmentMethod = installation
    ? "installation"
    : random.chance(0.1)
      ? "pickup"
      : "delivery";
  const scheduled = reassignedMs + 2 * DAY <= nowMs;
  sink.insert("fulfilment", {
    order_id: orderId,
    material_arrival: scheduled
      ? date(reassignedMs + random.int(5, 12) * DAY)
      : null,
    planned_completion: scheduled ? date(readyMs) : null,
    delivery_date: scheduled ? date(deliveryDateMs) : null,
    method: scheduled ? method : null,
    invoice_reference:
      scheduled && random.chance(0.5) ? `INV-${number.slice(2)}` : null,
    no_invoice_reference: scheduled && random.chance(0.5) ? 1 : 0,
    updated_at: iso(Math.min(nowMs, reassignedMs + 2 * DAY)),
  });
  if (scheduled && deliveryDateMs !== requestedMs) {
    const recordedMs = Math.min(nowMs, requestedMs - random.int(-3, 30) * DAY);
    const inTime =
      deliveryDateOutcome(
        date(requestedMs),
        { newDate: date(deliveryDateMs), reportedOn: date(recordedMs) },
        defaultPolicy,
      ) !== "late";
    sink.insert("delivery_date_changes", {
      id: next(world, "change"),
      order_id: orderId,
      old_date: date(requestedMs),
      new_date: date(deliveryDateMs),
      reason: "Supplier delayed the sheet material.",
      in_time: inTime ? 1 : 0,
      recorded_at: iso(recordedMs),
      recorded_by: dispatcher,
    });
    audit(
      world,
      orderId,
      recordedMs,
      dispatcher,
      "fulfilment.deliveryDate",
      { deliveryDate: date(deliveryDateMs), inTime },
      "Supplier delayed the sheet material.",
      { deliveryDate: date(requestedMs) },
    );
  }

  if (random.chance(0.55))
    messages(
      world,
      orderId,
      "cutr",
      reassignedMs,
      Math.min(nowMs, approvedMs),
      partner,
      customer,
    );
  if (random.chance(0.3) && partner.communication === "customer_chat_allowed")
    messages(
      world,
      orderId,
      "customer",
      reassignedMs,
      Math.min(nowMs, approvedMs),
      partner,
      customer,
    );

  if (reached(readyMs))
    audit(world, orderId, readyMs, dispatcher, "order.ready", {
      status: "ready",
    });
  if (reached(deliveredMs))
    audit(world, orderId, deliveredMs, dispatcher, "order.delivered", {
      status: "delivered",
      signedSlipConfirmed: true,
    });
  if (feedbackKind && reached(feedbackMs)) {
    const about = feedbackKind === "issues" && random.chance(0.6);
    const text =
      feedbackKind === "issues"
        ? about
          ? "Two doors have visible lacquer runs."
          : "One box arrived damaged."
        : "Beautiful work, thank you!";
    sink.insert("feedback", {
      order_id: orderId,
      kind: feedbackKind,
      text,
      about_quality: about ? 1 : 0,
      recorded_at: iso(feedbackMs),
      recorded_by: world.staff.accountManager,
    });
    audit(
      world,
      orderId,
      feedbackMs,
      world.staff.accountManager,
      "order.inReview",
      { status: "in_review", feedback: feedbackKind },
      text,
      { status: "delivered" },
    );
  }
  if (status !== "approved") return;
  audit(
    world,
    orderId,
    approvedMs,
    feedbackKind ? world.staff.accountManager : null,
    "order.approved",
    { status: "approved" },
    feedbackKind === "issues"
      ? "Issues resolved with the customer."
      : feedbackKind === null
        ? "No customer feedback within 14 days."
        : null,
  );

  // The account manager's rating, shaped by the partner's skill.
  const ratedMs = approvedMs + random.int(1, 6) * DAY;
  if (ratedMs > nowMs) return;
  const s = partner.skill;
  const factors = {
    quality: clamp(s + random.noise(0.5)),
    communication: clamp(s + random.noise(0.6)),
    involvement: clamp(5 - involvementSlips + random.noise(0.3)),
    delivery_time: clamp(
      lateDays <= 0
        ? 5
        : lateDays <= 2
          ? 4
          : lateDays <= 5
            ? 3
            : lateDays <= 10
              ? 2
              : 1,
    ),
    budget: clamp(s + 0.3 + random.noise(0.5)),
    customer_satisfaction: random.chance(0.6)
      ? clamp(s + random.noise(0.6))
      : null,
  };
  const exact = exactOrderScore(factors);
  const score = exact.points / exact.parts;
  const ratingId = next(world, "rating");
  sink.insert("ratings", {
    id: ratingId,
    order_id: orderId,
    partner_id: partner.id,
    ...factors,
    score,
    note: null,
    rated_at: iso(ratedMs),
    rated_by: world.staff.accountManager,
  });
  audit(
    world,
    orderId,
    ratedMs,
    world.staff.accountManager,
    "rating.recorded",
    { ...factors, score: Math.round(score * 100) / 100 },
  );
  world.scores.push({
    partnerId: partner.id,
    orderId,
    ...exact,
    atMs: approvedMs,
    ratingId,
    assignmentId,
    source: "rating",
  });
}
