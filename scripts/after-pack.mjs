// electron-builder's afterPack hook: flips the fuses (scripts/fuses.mjs) in the packed Electron
// binary before it is signed and wrapped into an installer.
import { flipFuses } from "@electron/fuses";
import { join } from "node:path";
import { hardenedFuses } from "./fuses.mjs";

/** Where the packed Electron binary is, by platform. */
export function packedBinary(context) {
  const { appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (packager.platform.nodeName) {
    case "darwin":
      return join(appOutDir, `${name}.app`, "Contents", "MacOS", name);
    case "win32":
      return join(appOutDir, `${name}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

export default async function afterPack(context) {
  const binary = packedBinary(context);
  // Arm64 macOS refuses a binary whose ad-hoc signature no longer matches its bytes; the release
  // signs it properly afterwards.
  const arm64 = context.arch === 3;
  await flipFuses(binary, {
    ...hardenedFuses,
    resetAdHocDarwinSignature:
      context.packager.platform.nodeName === "darwin" && arm64,
  });
  console.log(`  • fuses flipped in ${binary}`);
}
