import type { HandlersOf } from "../rpc/handler-types";
import { listBackups, takeBackup } from "./backup-store";
import { requestRestore } from "./restore";

export const backupHandlers: HandlersOf<"backups"> = {
  "backups.list": (_input, { storage }) => listBackups(storage.databaseFile),
  "backups.create": (_input, { storage, clock }) =>
    takeBackup(
      storage.sqlite,
      storage.databaseFile,
      storage.fileStoreDir,
      "manual",
      clock.now(),
    ),
  "backups.restore": ({ name }, { storage }) =>
    requestRestore(storage.databaseFile, name),
};
