// The shortcut overlay lists renderer/src/app/shortcuts.ts; this checks that every shortcut in it
// that no widget answers natively is bound somewhere in the renderer, so the overlay never promises
// a key that does nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shortcuts } from "../../renderer/src/app/shortcut-table";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, "utf8")] : [];
  });
}

/** The shortcut ids a source file binds: by `shortcutItems("id"`, `hotkeysOf("id"` or a key of `useShortcuts({...})`. */
function boundIn(source: string): Set<string> {
  const bound = new Set<string>();
  for (const m of source.matchAll(/(?:shortcutItems|hotkeysOf)\(\s*"(\w+)"/g))
    bound.add(m[1] ?? "");
  // The keys of the object literal handed to useShortcuts: identifiers before a colon at its top level.
  for (const call of source.split(/useShortcuts\(\s*\{/).slice(1)) {
    let depth = 0;
    let atKey = true;
    for (let i = 0; i < call.length && depth >= 0; i++) {
      const c = call[i] ?? "";
      if ("({[".includes(c)) depth++;
      else if (")}]".includes(c)) depth--;
      else if (depth === 0 && c === ",") atKey = true;
      else if (depth === 0 && atKey && /\w/.test(c)) {
        const key = /^(\w+)\s*:/.exec(call.slice(i));
        if (key) bound.add(key[1] ?? "");
        atKey = false;
      }
    }
  }
  return bound;
}

describe("keyboard shortcuts", () => {
  const rendererSources = sources("renderer/src").filter(
    (s) => !s.includes("export const shortcuts = {"),
  );
  const bound = new Set(rendererSources.flatMap((s) => [...boundIn(s)]));

  it.each(
    Object.entries(shortcuts)
      .filter(([, s]) => !("native" in s))
      .map(([id]) => id),
  )("%s is bound by a handler", (id) => {
    expect(bound).toContain(id);
  });
});
