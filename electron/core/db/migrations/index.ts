// The static migration list: bundling breaks file-system discovery, so each migration is named here.
import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_initial";

export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) as string;
