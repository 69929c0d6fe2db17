import type { HandlersOf } from "../rpc/handler-types";
import { loadClosingDays } from "../settings/policy";
import { addWorkingDays } from "./working-days";

export const calendarHandlers: HandlersOf<"calendar"> = {
  "calendar.addWorkingDays": async ({ date, days }, { db }) => ({
    date: addWorkingDays(date, days, await loadClosingDays(db)),
  }),
};
