import type { HandlersOf } from "../rpc/handler-types";
import { backedUpFileOf, localStorageOf } from "./local-storage";
import { damagedBackupLogger, listBackups, takeBackup } from "./backup-store";
import { requestRestore } from "./restore";

export const backupHandlers: HandlersOf<"backups"> = {
  "backups.list": async (_input, { storage }) => {
    const local = localStorageOf(storage);
    return local.sqlite.memory ? [] : listBackups(local.databaseFile);
  },
  "backups.create": (_input, { storage, clock, log }) => {
    const local = backedUpFileOf(storage);
    return takeBackup(
      local.databaseFile,
      local.fileStoreDir,
      "manual",
      clock.now(),
      damagedBackupLogger(log),
    );
  },
  "backups.restore": ({ name }, { storage }) =>
    requestRestore(backedUpFileOf(storage).databaseFile, name),
};
