// Draws the demo data's product photos (resources/demo-photos): plain SVG scenes rendered to JPEG
// by sharp, so the demo review queue has real images without shipping anyone's photographs.
// Run once with `node --import tsx scripts/make-demo-photos.ts`; the output is committed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const out = join(import.meta.dirname, "..", "resources", "demo-photos");
const W = 1200;
const H = 900;

const grain = (id: string, base: string, seed: number, freq = "0.004 0.09") => `
  <filter id="${id}" x="0" y="0" width="100%" height="100%">
    <feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="3" seed="${seed}"/>
    <feColorMatrix type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 0.35 0"/>
    <feComposite in2="SourceGraphic" operator="in"/>
    <feBlend in="SourceGraphic" mode="multiply"/>
  </filter>
  <linearGradient id="${id}-light" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${base}" stop-opacity="1"/>
    <stop offset="1" stop-color="${base}" stop-opacity="0.8"/>
  </linearGradient>`;

const room = (floor = "#9c8f80", wall = "#e9e4dc") => `
  <rect width="${W}" height="${H}" fill="${wall}"/>
  <rect y="${H * 0.78}" width="${W}" height="${H * 0.22}" fill="${floor}"/>
  <radialGradient id="lamp" cx="0.35" cy="0.2" r="0.9">
    <stop offset="0" stop-color="#fff" stop-opacity="0.35"/>
    <stop offset="1" stop-color="#000" stop-opacity="0.18"/>
  </radialGradient>`;
const light = `<rect width="${W}" height="${H}" fill="url(#lamp)"/>`;

const scenes: Record<string, string> = {
  "finished-cabinet": `
    <defs>${grain("oak", "#c49a62", 3)}</defs>${room()}
    <rect x="290" y="170" width="620" height="540" fill="#c49a62" filter="url(#oak)"/>
    ${[0, 1, 2]
      .map(
        (
          i,
        ) => `<rect x="${302 + i * 202}" y="182" width="194" height="516" fill="#c9a06a" filter="url(#oak)" stroke="#8a6538" stroke-width="3"/>
      <rect x="${385 + i * 202}" y="420" width="28" height="6" rx="3" fill="#3b3b3b"/>`,
      )
      .join("")}
    <rect x="280" y="700" width="640" height="22" fill="#6e5234"/>${light}`,
  "finished-tabletop": `
    <defs>${grain("walnut", "#7a5233", 7)}</defs>${room("#b9ada0")}
    <polygon points="230,430 970,430 1080,560 120,560" fill="#7a5233" filter="url(#walnut)"/>
    <polygon points="120,560 1080,560 1080,590 120,590" fill="#4e331f"/>
    <rect x="170" y="590" width="26" height="190" fill="#2c2c2c"/>
    <rect x="1004" y="590" width="26" height="190" fill="#2c2c2c"/>
    <rect x="300" y="560" width="18" height="170" fill="#2c2c2c"/>
    <rect x="880" y="560" width="18" height="170" fill="#2c2c2c"/>${light}`,
  "finished-shelves": `
    <defs>${grain("ply", "#dcc39a", 11, "0.003 0.06")}</defs>${room("#8f867c", "#dfe6e8")}
    <rect x="360" y="110" width="24" height="640" fill="#dcc39a" filter="url(#ply)"/>
    <rect x="816" y="110" width="24" height="640" fill="#dcc39a" filter="url(#ply)"/>
    ${[0, 1, 2, 3, 4]
      .map(
        (i) =>
          `<rect x="360" y="${110 + i * 150}" width="480" height="22" fill="#d6bb8e" filter="url(#ply)"/>`,
      )
      .join("")}
    <rect x="420" y="172" width="60" height="88" fill="#5b7a8c"/><rect x="490" y="190" width="40" height="70" fill="#c25b4a"/>
    <rect x="640" y="470" width="120" height="90" fill="#f1efe9"/>${light}`,
  "packed-boxes": `
    <defs>${grain("card", "#c8a673", 5, "0.02 0.02")}</defs>${room("#7d786f", "#d9d6cf")}
    <rect x="250" y="420" width="360" height="300" fill="#c8a673" filter="url(#card)" stroke="#9c7c4c" stroke-width="3"/>
    <rect x="640" y="480" width="300" height="240" fill="#c29e69" filter="url(#card)" stroke="#9c7c4c" stroke-width="3"/>
    <rect x="330" y="170" width="330" height="250" fill="#caa878" filter="url(#card)" stroke="#9c7c4c" stroke-width="3"/>
    <rect x="250" y="555" width="360" height="34" fill="#d9c7a2" opacity="0.85"/>
    <rect x="640" y="585" width="300" height="30" fill="#d9c7a2" opacity="0.85"/>
    <rect x="330" y="280" width="330" height="30" fill="#d9c7a2" opacity="0.85"/>
    <rect x="290" y="620" width="150" height="80" fill="#fff"/><rect x="305" y="635" width="120" height="10" fill="#222"/>
    <rect x="305" y="655" width="90" height="6" fill="#555"/><rect x="305" y="670" width="100" height="6" fill="#555"/>${light}`,
  "packed-pallet": `
    <defs>${grain("wrap", "#cfd6da", 9, "0.01 0.05")}</defs>${room("#6f6a62", "#cfcac1")}
    <rect x="260" y="700" width="680" height="30" fill="#b58d5c"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${270 + i * 215}" y="730" width="60" height="45" fill="#9b754a"/>`).join("")}
    <rect x="280" y="250" width="640" height="450" rx="10" fill="#cfd6da" filter="url(#wrap)" opacity="0.95"/>
    <rect x="280" y="330" width="640" height="26" fill="#3a6fb0" opacity="0.8"/>
    <rect x="280" y="560" width="640" height="26" fill="#3a6fb0" opacity="0.8"/>
    <rect x="620" y="400" width="170" height="110" fill="#fff"/><rect x="640" y="420" width="130" height="14" fill="#222"/>
    <rect x="640" y="446" width="110" height="8" fill="#555"/><rect x="640" y="464" width="120" height="8" fill="#555"/>${light}`,
  "production-drawing": `
    <rect width="${W}" height="${H}" fill="#fbfbf8"/>
    <g stroke="#1d2b4a" stroke-width="3" fill="none">
      <rect x="140" y="160" width="520" height="560"/>
      <line x1="140" y1="360" x2="660" y2="360"/><line x1="140" y1="540" x2="660" y2="540"/>
      <line x1="400" y1="160" x2="400" y2="720"/>
      <rect x="780" y="160" width="160" height="560"/>
      <line x1="780" y1="360" x2="940" y2="360"/><line x1="780" y1="540" x2="940" y2="540"/>
    </g>
    <g stroke="#1d2b4a" stroke-width="1.5">
      <line x1="140" y1="110" x2="660" y2="110"/><line x1="140" y1="95" x2="140" y2="125"/><line x1="660" y1="95" x2="660" y2="125"/>
      <line x1="90" y1="160" x2="90" y2="720"/><line x1="75" y1="160" x2="105" y2="160"/><line x1="75" y1="720" x2="105" y2="720"/>
      <line x1="780" y1="110" x2="940" y2="110"/><line x1="780" y1="95" x2="780" y2="125"/><line x1="940" y1="95" x2="940" y2="125"/>
    </g>
    <rect x="820" y="770" width="340" height="100" fill="none" stroke="#1d2b4a" stroke-width="2"/>
    <line x1="820" y1="805" x2="1160" y2="805" stroke="#1d2b4a"/><line x1="990" y1="805" x2="990" y2="870" stroke="#1d2b4a"/>`,
  "sample-swatches": `
    <defs>${grain("s1", "#c49a62", 21)}${grain("s2", "#6b4529", 22)}${grain("s3", "#eeeeea", 23, "0.05 0.05")}${grain("s4", "#3c3f42", 24, "0.2 0.01")}</defs>
    <rect width="${W}" height="${H}" fill="#ece8e1"/>
    <rect x="110" y="200" width="220" height="480" rx="6" fill="#c49a62" filter="url(#s1)"/>
    <rect x="370" y="200" width="220" height="480" rx="6" fill="#6b4529" filter="url(#s2)"/>
    <rect x="630" y="200" width="220" height="480" rx="6" fill="#eeeeea" filter="url(#s3)" stroke="#ccc"/>
    <rect x="890" y="200" width="220" height="480" rx="6" fill="#3c3f42" filter="url(#s4)"/>
    <radialGradient id="lamp" cx="0.4" cy="0.3" r="0.9"><stop offset="0" stop-color="#fff" stop-opacity="0.3"/><stop offset="1" stop-color="#000" stop-opacity="0.15"/></radialGradient>${light}`,
};

mkdirSync(out, { recursive: true });
for (const [name, body] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body}</svg>`;
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(join(out, `${name}.jpg`));
}
console.log(`Wrote ${Object.keys(scenes).length} photos to ${out}`);
