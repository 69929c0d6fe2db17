import type { HandlersOf } from "../rpc/handler-types";
import { localStorageOf } from "./local-storage";
import { listBackups, takeBackup } from "./backup-store";
import { requestRestore } from "./restore";

export const backupHandlers: HandlersOf<"backups"> = {
  "backups.list": (_input, { storage }) =>
    listBackups(localStorageOf(storage).databaseFile),
  "backups.create": (_input, { storage, clock }) => {
    const local = localStorageOf(storage);
    return takeBackup(
      local.databaseFile,
      local.fileStoreDir,
      "manual",
      clock.now(),
    );
  },
  "backups.restore": ({ name }, { storage }) =>
    requestRestore(localStorageOf(storage).databaseFile, name),
};
