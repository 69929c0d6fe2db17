// The contract: every operation of the console, defined once. The core's handler table and the
// renderer's client are both typed from it.
import type { z } from "zod";
import { authOperations } from "./auth";
import { backupOperations } from "./backups";
import { catalogOperations } from "./catalog";
import { changeOperations } from "./changes";
import { dataFileOperations } from "./data-files";
import { customerOperations } from "./customers";
import { dispatchOperations } from "./dispatch";
import { fileOperations, qualityOperations } from "./files";
import { homeOperations } from "./home";
import { integrationOperations } from "./integrations";
import { mailOperations } from "./mail";
import { messageOperations } from "./messages";
import { outboxOperations } from "./outbox";
import { packingSlipOperations } from "./packing-slips";
import { projectOperations } from "./project";
import { orderOperations } from "./orders";
import { partnerOperations } from "./partners";
import { calendarOperations, ratingOperations } from "./ratings";
import { searchOperations } from "./search";
import { settingsOperations, teamDatabaseOperations } from "./settings";
import { userOperations } from "./users";
import type { Operation } from "./op";

export const contract = {
  ...authOperations,
  ...orderOperations,
  ...partnerOperations,
  ...customerOperations,
  ...catalogOperations,
  ...dataFileOperations,
  ...ratingOperations,
  ...calendarOperations,
  ...settingsOperations,
  ...dispatchOperations,
  ...projectOperations,
  ...packingSlipOperations,
  ...fileOperations,
  ...qualityOperations,
  ...messageOperations,
  ...mailOperations,
  ...outboxOperations,
  ...backupOperations,
  ...searchOperations,
  ...homeOperations,
  ...userOperations,
  ...changeOperations,
  ...teamDatabaseOperations,
  ...integrationOperations,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type Input<M extends Method> = z.input<Contract[M]["input"]>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends Method> = z.output<Contract[M]["input"]>;
export type Output<M extends Method> =
  Contract[M] extends Operation<z.ZodType, infer O> ? O : never;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from "./common";
export * from "./auth";
export * from "./orders";
export * from "./partners";
export * from "./customers";
export * from "./catalog";
export * from "./data-files";
export * from "./ratings";
export * from "./settings";
export * from "./users";
export * from "./changes";
export * from "./dispatch";
export * from "./project";
export * from "./packing-slips";
export * from "./files";
export * from "./messages";
export * from "./mail";
export * from "./outbox";
export * from "./backups";
export * from "./search";
export * from "./home";
export * from "./integrations";
export * from "./integration-api";
export type { Access } from "./op";
