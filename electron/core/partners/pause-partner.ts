// partners.pause and partners.resume: a partner on holiday or with a full workshop takes no new
// orders. Pausing withdraws its open offers and tells it by email; a pause may end by itself on a
// given day (the daily job resumePartnersDue). Version-checked and audited.
import type { Kysely } from "kysely";
import type { Saved } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { businessDateOf } from "../../../shared/rules/business-time";
import { writeAudit } from "../audit/write-audit";
import { savedMeanwhile } from "../audit/saved-meanwhile";
import {
  signedInUser,
  type CoreServices,
  type RequestContext,
} from "../context";
import { lockJob, lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { formatsFor } from "../i18n/formats";
import { enqueueEmail } from "../outbox/enqueue-email";
import type { ChangeBy } from "../audit/changed-fields";
import { dateInEachLanguage } from "../i18n/formats";

async function partnerAt(trx: Kysely<Database>, id: number, version: number) {
  await lockRow(trx, "partners", id);
  const partner = await trx
    .selectFrom("partners")
    .select([
      "id",
      "name",
      "email",
      "language",
      "active",
      "version",
      "paused_reason",
      "resumes_on",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!partner) throw notFound("partner", id);
  if (partner.version !== version)
    throw await savedMeanwhile(trx, "partner", id, partner.name);
  return partner;
}

export async function pausePartner(
  context: RequestContext,
  input: {
    id: number;
    version: number;
    reason: string;
    resumesOn?: string | undefined;
  },
): Promise<Saved> {
  const user = signedInUser(context);
  const now = context.clock.now();
  const today = businessDateOf(now);
  if (input.resumesOn !== undefined && input.resumesOn <= today)
    throw new AppError("RULE", {
      key: "errors:partners.resumesInPast",
      values: { date: dateInEachLanguage(input.resumesOn) },
    });
  return context.db.transaction().execute(async (trx) => {
    const partner = await partnerAt(trx, input.id, input.version);
    if (partner.active === 0)
      throw new AppError("RULE", {
        key: "errors:partners.alreadyPaused",
        values: { name: partner.name },
      });
    await trx
      .updateTable("partners")
      .set({
        active: 0,
        paused_reason: input.reason,
        paused_at: now.toISOString(),
        resumes_on: input.resumesOn ?? null,
        version: partner.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", partner.id)
      .execute();
    const withdrawn = await trx
      .updateTable("offers")
      .set({ status: "withdrawn", responded_at: now.toISOString() })
      .where("partner_id", "=", partner.id)
      .where("status", "=", "open")
      .returning("order_id")
      .execute();
    const numbers =
      withdrawn.length === 0
        ? []
        : (
            await trx
              .selectFrom("orders")
              .select("number")
              .where(
                "id",
                "in",
                withdrawn.map((w) => w.order_id),
              )
              .orderBy("number")
              .execute()
          ).map((o) => o.number);
    const t = translatorFor(partner.language);
    const formats = formatsFor(partner.language);
    await enqueueEmail(trx, {
      kind: "partner_paused",
      orderId: null,
      recipient: partner.email,
      subject: t("email:pause.subject"),
      body: t("email:pause.body", {
        name: partner.name,
        reason: input.reason,
        until: input.resumesOn
          ? t("email:pause.until", { date: formats.date(input.resumesOn) })
          : t("email:pause.untilFurtherNotice"),
        offers:
          numbers.length > 0
            ? t("email:pause.offers", { numbers: numbers.join(", ") })
            : "",
      }),
      dueAt: now,
      createdAt: now,
    });
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "partner.paused",
      entity: "partner",
      entityId: partner.id,
      orderId: null,
      before: { active: true },
      after: {
        active: false,
        resumesOn: input.resumesOn ?? null,
        withdrawnOffers: numbers,
      },
      reason: input.reason,
    });
    return { id: partner.id, version: partner.version + 1 };
  });
}

async function resumeRow(
  trx: Kysely<Database>,
  partner: {
    id: number;
    version: number;
    paused_reason: string | null;
    resumes_on: string | null;
  },
  by: ChangeBy,
): Promise<Saved> {
  // Still the pause it was read with: another console's resume, or a new pause, wins instead.
  const updated = await trx
    .updateTable("partners")
    .set({
      active: 1,
      paused_reason: null,
      paused_at: null,
      resumes_on: null,
      version: partner.version + 1,
      updated_at: by.now.toISOString(),
    })
    .where("id", "=", partner.id)
    .where("version", "=", partner.version)
    .where("active", "=", 0)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw await savedMeanwhile(trx, "partner", partner.id, String(partner.id));
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    // Without a user: the pause reached the day it was set to end.
    action: by.userId === null ? "partner.pauseEnded" : "partner.resumed",
    entity: "partner",
    entityId: partner.id,
    orderId: null,
    before: {
      active: false,
      pausedFor: partner.paused_reason,
      resumesOn: partner.resumes_on,
    },
    after: { active: true },
  });
  return { id: partner.id, version: partner.version + 1 };
}

export async function resumePartner(
  context: RequestContext,
  input: { id: number; version: number },
): Promise<Saved> {
  const user = signedInUser(context);
  const now = context.clock.now();
  return context.db.transaction().execute(async (trx) => {
    const partner = await partnerAt(trx, input.id, input.version);
    if (partner.active === 1)
      throw new AppError("RULE", {
        key: "errors:partners.notPaused",
        values: { name: partner.name },
      });
    return resumeRow(trx, partner, { userId: user.id, now });
  });
}

/** The daily job: partners whose pause ends today or earlier are active again. */
export async function resumePartnersDue(
  services: CoreServices,
): Promise<number> {
  const now = services.clock.now();
  const today = businessDateOf(now);
  return services.db.transaction().execute(async (trx) => {
    // One console at a time on a team's server: the others wait, then find nothing due.
    await lockJob(trx, "resume_partners");
    const due = await trx
      .selectFrom("partners")
      .select(["id", "version", "paused_reason", "resumes_on"])
      .where("active", "=", 0)
      .where("resumes_on", "<=", today)
      .execute();
    for (const partner of due)
      await resumeRow(trx, partner, { userId: null, now });
    return due.length;
  });
}
