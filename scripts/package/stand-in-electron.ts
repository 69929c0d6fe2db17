// A stand-in for Electron's unpacked distribution, for packing offline: electron-builder copies it as
// it would copy the real one, and the fuses are flipped in its "binary", which carries the fuse
// sentinel and a wire of all-enabled fuses the way Electron's binary does. No Electron binary can be
// downloaded on these machines; the release workflow packs the real one.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** @electron/fuses finds the wire after this marker (its constants.js). */
const fuseSentinel = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
const fuseWireVersion = 1;
const fuseCount = 9;
const enabled = 0x31;

export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, "resources"), { recursive: true });
  const wire = Buffer.alloc(fuseCount, enabled);
  writeFileSync(
    join(dir, "electron"),
    Buffer.concat([
      Buffer.from(
        "#!/bin/sh\necho 'stand-in Electron: not runnable'\nexit 1\n#",
      ),
      Buffer.from(fuseSentinel),
      Buffer.from([fuseWireVersion, fuseCount]),
      wire,
      Buffer.from("\n"),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(dir, "LICENSE"), "Stand-in for Electron's license.\n");
  writeFileSync(join(dir, "version"), version);
  return dir;
}
