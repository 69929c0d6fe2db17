// Writes electron/core/calendar/dutch-holidays.json: date-holidays' own rules for the Netherlands
// and its holiday names, without the other 200 countries (2 MB the console would otherwise load at
// every start). Run after upgrading date-holidays: `node --import tsx scripts/dutch-holidays.ts`;
// test/unit/working-days.test.ts fails while the file differs from the library's data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export const dutchHolidaysFile = join(
  root,
  "electron",
  "core",
  "calendar",
  "dutch-holidays.json",
);

/** The library's data for NL, as the file must hold it. */
export function dutchHolidaysData() {
  // The package exports no path to its data: read from where npm installs it.
  const file = join(
    root,
    "node_modules",
    "date-holidays",
    "data",
    "holidays.json",
  );
  const all = JSON.parse(readFileSync(file, "utf8")) as {
    version: string;
    license: string;
    holidays: Record<string, unknown>;
    names: Record<string, unknown>;
  };
  return {
    version: all.version,
    license: all.license,
    holidays: { NL: all.holidays.NL },
    names: all.names,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(
    dutchHolidaysFile,
    `${JSON.stringify(dutchHolidaysData(), null, 2)}\n`,
  );
  console.log(`Written ${dutchHolidaysFile}.`);
}
