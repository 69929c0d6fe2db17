// Draws the installer icons (resources/installer) from icon.svg with sharp: icon.png at 1024 px, from
// which electron-builder makes the macOS .icns and the Windows .ico, and the sizes the Linux desktops
// ask for under icons/. Run once with `node --import tsx scripts/make-icons.ts`; the output is committed.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const dir = join(import.meta.dirname, "..", "resources", "installer");
const svg = readFileSync(join(dir, "icon.svg"));
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];

const draw = (size: number, file: string) =>
  sharp(svg, { density: (72 * size) / 1024 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(file);

mkdirSync(join(dir, "icons"), { recursive: true });
await draw(1024, join(dir, "icon.png"));
for (const size of linuxSizes)
  await draw(size, join(dir, "icons", `${size}x${size}.png`));
console.log(`Icons drawn in ${dir}.`);
