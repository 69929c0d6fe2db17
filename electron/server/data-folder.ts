// Where the console keeps its database when CUTR_DB does not say: the same folder Electron's
// app.getPath('userData') gives for this app, so browser mode and the desktop share one database.
import { homedir } from "node:os";
import { join } from "node:path";

export const appFolderName = "Cutr Console";

export function defaultDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === "win32")
    return join(
      env.APPDATA ?? join(homedir(), "AppData", "Roaming"),
      appFolderName,
    );
  if (platform === "darwin")
    return join(homedir(), "Library", "Application Support", appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), appFolderName);
}
