import { z } from "zod";
import { op } from "./op";

export type BackupKind = "daily" | "manual" | "before-restore";

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  takenAt: string;
  sizeBytes: number;
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
  /** An online backup now, checked with quick_check, with the files it refers to. */
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
