import { z } from "zod";
import { op } from "./op";

export type BackupKind = "daily" | "manual" | "before-restore";

/** A backup's quick_check: running, passed, failed, or never finished (the console stopped first). */
export type BackupCheck = "checking" | "ok" | "damaged" | "unchecked";

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  takenAt: string;
  sizeBytes: number;
  check: BackupCheck;
  /** What quick_check found in a damaged backup. */
  problem: string | null;
}

/** What happens next, as a text of the `settings` namespace and its values (said by the screen). */
export interface RestoreRequested {
  message: { key: "settings:backups.restartNote"; values: { name: string } };
}

export const backupOperations = {
  "backups.list": op<BackupInfo[]>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  /** An online backup now, with the files it refers to; checked with quick_check once taken. */
  "backups.create": op<BackupInfo>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  /** Restores a backup at the next start; the current data is kept aside first. */
  "backups.restore": op<RestoreRequested>()({
    input: z
      .object({
        name: z
          .string()
          .regex(/^cutr-\d{8}-\d{6}-[a-z-]+\.sqlite$/, "Not a backup's name"),
      })
      .strict(),
    access: "administer",
  }),
};
