// The Electron fuses a packaged console ships with: flipped in the Electron binary itself, so no
// environment variable or command-line flag can turn the app into a plain Node process or attach a
// debugger. electron-builder flips them after packing (scripts/after-pack.mjs); by hand:
// `node scripts/fuses.mjs <path to the binary>`.
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
};

const binary = process.argv[2];
if (binary && import.meta.url === `file://${process.argv[1]}`) {
  await flipFuses(binary, hardenedFuses);
  console.log(`Fuses flipped in ${binary}.`);
}
