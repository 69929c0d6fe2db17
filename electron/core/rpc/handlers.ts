// The handler table: one entry per operation of the contract, joined from each area's map.
import { authHandlers } from "../auth/handlers";
import { backupHandlers } from "../backups/handlers";
import { calendarHandlers } from "../calendar/handlers";
import { catalogHandlers } from "../catalog/handlers";
import { customerHandlers } from "../customers/handlers";
import { dispatchHandlers } from "../dispatch/handlers";
import { fileHandlers } from "../files/handlers";
import { homeHandlers } from "../home/handlers";
import {
  exportHandlers,
  importHandlers,
  jobHandlers,
} from "../imports/handlers";
import { mailHandlers } from "../mail/handlers";
import { messageHandlers } from "../messages/handlers";
import { outboxHandlers } from "../outbox/handlers";
import { orderHandlers } from "../orders/handlers";
import { packingSlipHandlers } from "../packing-slips/handlers";
import { partnerHandlers } from "../partners/handlers";
import { qualityHandlers } from "../quality/handlers";
import { ratingHandlers } from "../ratings/handlers";
import { searchHandlers } from "../search/handlers";
import {
  scheduleHandlers,
  schedulerHandlers,
  todoHandlers,
} from "../schedule/handlers";
import { settingsHandlers } from "../settings/handlers";
import { userHandlers } from "../users/handlers";
import { integrationHandlers } from "../integrations/handlers";
import { changeHandlers } from "../changes/handlers";
import type { Handlers } from "./handler-types";

export const handlers: Handlers = {
  ...authHandlers,
  ...userHandlers,
  ...integrationHandlers,
  ...changeHandlers,
  ...orderHandlers,
  ...partnerHandlers,
  ...customerHandlers,
  ...catalogHandlers,
  ...ratingHandlers,
  ...calendarHandlers,
  ...settingsHandlers,
  ...dispatchHandlers,
  ...todoHandlers,
  ...scheduleHandlers,
  ...schedulerHandlers,
  ...packingSlipHandlers,
  ...fileHandlers,
  ...qualityHandlers,
  ...messageHandlers,
  ...mailHandlers,
  ...outboxHandlers,
  ...backupHandlers,
  ...searchHandlers,
  ...homeHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...jobHandlers,
};
