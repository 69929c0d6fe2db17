import type { Kysely } from "kysely";
import type { ClosingDay } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import { signedInUser } from "../context";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";
import { loadClosingDays } from "../settings/policy";
import { addWorkingDays } from "./working-days";
import { dateInEachLanguage } from "../i18n/formats";

const closingDays = (db: Kysely<Database>): Promise<ClosingDay[]> =>
  db
    .selectFrom("closing_days")
    .select(["date", "name"])
    .orderBy("date")
    .execute();

export const calendarHandlers: HandlersOf<"calendar"> = {
  "calendar.addWorkingDays": async ({ date, days }, { db }) => ({
    date: addWorkingDays(date, days, await loadClosingDays(db)),
  }),
  "calendar.closingDays": (_input, { db }) => closingDays(db),
  "calendar.addClosingDay": async ({ date, name }, context) => {
    const user = signedInUser(context);
    const days = await context.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("closing_days")
        .select("name")
        .where("date", "=", date)
        .executeTakeFirst();
      if (existing)
        throw new AppError("CONFLICT", {
          key: "errors:calendar.alreadyClosed",
          values: { date: dateInEachLanguage(date), name: existing.name },
        });
      await trx.insertInto("closing_days").values({ date, name }).execute();
      await writeAudit(trx, {
        at: context.clock.now(),
        userId: user.id,
        action: "calendar.closingDayAdded",
        entity: "closing_day",
        entityId: null,
        orderId: null,
        after: { date, name },
      });
      return closingDays(trx);
    });
    context.settingsCache.forget();
    return days;
  },
  "calendar.removeClosingDay": async ({ date }, context) => {
    const user = signedInUser(context);
    const days = await context.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("closing_days")
        .selectAll()
        .where("date", "=", date)
        .executeTakeFirst();
      if (!existing)
        throw new AppError("NOT_FOUND", {
          key: "errors:calendar.notClosed",
          values: { date: dateInEachLanguage(date) },
        });
      await trx.deleteFrom("closing_days").where("date", "=", date).execute();
      await writeAudit(trx, {
        at: context.clock.now(),
        userId: user.id,
        action: "calendar.closingDayRemoved",
        entity: "closing_day",
        entityId: null,
        orderId: null,
        before: existing,
      });
      return closingDays(trx);
    });
    context.settingsCache.forget();
    return days;
  },
};
