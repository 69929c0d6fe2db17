// The Electron fuses a packaged console ships with: flipped in the Electron binary itself, so no
// environment variable or command-line flag can turn the app into a plain Node process or attach a
// debugger. Run on the packaged binary: `node --import tsx scripts/fuses.ts <path to the binary>`.
// (This project does not package installers yet; the packaging step must call this.)
import { flipFuses, FuseV1Options, FuseVersion } from "@electron/fuses";

export const hardenedFuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

const binary = process.argv[2];
if (binary && import.meta.url === `file://${process.argv[1]}`) {
  await flipFuses(binary, hardenedFuses);
  console.log(`Fuses flipped in ${binary}.`);
}
