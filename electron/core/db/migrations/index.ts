// The static migration list: bundling breaks file-system discovery, so each migration is named here.
import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_initial";
import * as m0002 from "./0002_file_variants";
import * as m0003 from "./0003_thread_last_message";
import * as m0004 from "./0004_message_search";
import * as m0005 from "./0005_team_mode";
import * as m0006 from "./0006_change_notices";
import * as m0007 from "./0007_languages";
import * as m0008 from "./0008_packing_slip_language";
import * as m0009 from "./0009_orders_status_region";
import * as m0010 from "./0010_orders_partner_nulls_first";
import * as m0011 from "./0011_outbox_kind_due";
import * as m0012 from "./0012_settings_change_notices";
import * as m0013 from "./0013_real_data";
import * as m0014 from "./0014_exact_scores";
import * as m0015 from "./0015_unread_threads";
import * as m0016 from "./0016_task_lifecycle";
import * as m0017 from "./0017_date_changes_assignment";
import * as m0018 from "./0018_cutr_thread_per_assignment";
import * as m0019 from "./0019_mail_channel";
import * as m0020 from "./0020_outbox_reminder_indexes";
import * as m0021 from "./0021_integrations";
import * as m0022 from "./0022_message_ref_indexes";
import * as m0023 from "./0023_order_infix_search";

export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_file_variants": m0002,
  "0003_thread_last_message": m0003,
  "0004_message_search": m0004,
  "0005_team_mode": m0005,
  "0006_change_notices": m0006,
  "0007_languages": m0007,
  "0008_packing_slip_language": m0008,
  "0009_orders_status_region": m0009,
  "0010_orders_partner_nulls_first": m0010,
  "0011_outbox_kind_due": m0011,
  "0012_settings_change_notices": m0012,
  "0013_real_data": m0013,
  "0014_exact_scores": m0014,
  "0015_unread_threads": m0015,
  "0016_task_lifecycle": m0016,
  "0017_date_changes_assignment": m0017,
  "0018_cutr_thread_per_assignment": m0018,
  "0019_mail_channel": m0019,
  "0020_outbox_reminder_indexes": m0020,
  "0021_integrations": m0021,
  "0022_message_ref_indexes": m0022,
  "0023_order_infix_search": m0023,
};

export const latestMigration = Object.keys(migrations).sort().at(-1) as string;
