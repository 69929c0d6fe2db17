// Every keyboard shortcut of the console, in one table: the help overlay ("?") lists it and the
// handlers bind from it, so the overlay cannot promise a key that nothing answers.
// test/unit/shortcuts-bound.test.ts checks that every entry not marked `native` is bound somewhere.
import { useHotkeys, type HotkeyItem } from "@mantine/hooks";
import { quickRejectionReasons } from "../../../shared/labels";

export type ShortcutArea =
  | "everywhere"
  | "lists"
  | "records"
  | "dispatch"
  | "quality"
  | "messages"
  | "dialogs";

export interface Shortcut {
  area: ShortcutArea;
  /** Mantine hotkey strings ("mod+K", "j"); the overlay shows them, the hooks bind them. */
  hotkeys: readonly string[];
  /** Answered by a widget of its own (the browser, the editor, the dialog), not by `useShortcuts`. */
  native?: true;
}

export const shortcuts = {
  search: { area: "everywhere", hotkeys: ["mod+K"] },
  help: { area: "everywhere", hotkeys: ["?"] },
  move: { area: "everywhere", hotkeys: ["Tab", "shift+Tab"], native: true },
  nextRow: { area: "lists", hotkeys: ["j", "ArrowDown"] },
  previousRow: { area: "lists", hotkeys: ["k", "ArrowUp"] },
  openRow: { area: "lists", hotkeys: ["Enter"] },
  searchList: { area: "lists", hotkeys: ["/"] },
  newItem: { area: "lists", hotkeys: ["n"] },
  edit: { area: "records", hotkeys: ["e"] },
  assignFirst: { area: "dispatch", hotkeys: ["a"] },
  approve: { area: "quality", hotkeys: ["a"] },
  reject: { area: "quality", hotkeys: ["r"] },
  rejectQuick: {
    area: "quality",
    hotkeys: quickRejectionReasons.map((_, i) => String(i + 1)),
  },
  browse: { area: "quality", hotkeys: ["j", "k", "ArrowDown", "ArrowUp"] },
  zoom: { area: "quality", hotkeys: ["z"] },
  undo: { area: "quality", hotkeys: ["u"] },
  send: { area: "messages", hotkeys: ["mod+Enter"] },
  format: {
    area: "messages",
    hotkeys: ["mod+B", "mod+I", "mod+U"],
    native: true,
  },
  submit: { area: "dialogs", hotkeys: ["mod+Enter"] },
  close: { area: "dialogs", hotkeys: ["Escape"], native: true },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof shortcuts;
type BoundId = {
  [Id in ShortcutId]: (typeof shortcuts)[Id] extends { native: true }
    ? never
    : Id;
}[ShortcutId];

/** The hotkeys of a shortcut, for widgets that take a hotkey string of their own (Spotlight). */
export function hotkeysOf(id: BoundId): readonly string[] {
  return shortcuts[id].hotkeys;
}

/**
 * The hotkey items that answer a shortcut. A symbol typed with Shift on some layouts ("?") is
 * bound with and without it, since Mantine matches Shift exactly.
 */
export function shortcutItems(
  id: BoundId,
  handler: (event: KeyboardEvent, hotkey: string) => void,
  options?: HotkeyItem[2],
): HotkeyItem[] {
  return hotkeysOf(id).flatMap((hotkey) => {
    const item = (key: string): HotkeyItem => [
      key,
      (event) => handler(event, hotkey),
      options,
    ];
    return /^[^\p{L}\p{N}]$/u.test(hotkey)
      ? [item(hotkey), item(`shift+${hotkey}`)]
      : [item(hotkey)];
  });
}

/** True when a key was typed into text, or a dialog is on top: page shortcuts then stay quiet. */
export function keyBelongsElsewhere(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const typing =
    target?.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !["radio", "checkbox", "button"].includes(target.type));
  return typing || document.querySelector('[role="dialog"]') !== null;
}

/**
 * Binds page shortcuts by their ids. Keys typed into a field or pressed while a dialog is open are
 * left alone; a focused radio, checkbox or button does not swallow them.
 */
export function useShortcuts(
  handlers: Partial<
    Record<BoundId, (event: KeyboardEvent, hotkey: string) => void>
  >,
  enabled = true,
): void {
  const items = enabled
    ? (
        Object.entries(handlers) as [
          BoundId,
          (event: KeyboardEvent, hotkey: string) => void,
        ][]
      ).flatMap(([id, handler]) =>
        shortcutItems(id, (event, hotkey) => {
          if (!keyBelongsElsewhere(event)) handler(event, hotkey);
        }),
      )
    : [];
  useHotkeys(items, []);
}

const onMac =
  typeof navigator !== "undefined" && /Mac/.test(navigator.userAgent);

const keyCaps: Record<string, string> = {
  mod: onMac ? "⌘" : "Ctrl",
  shift: "Shift",
  alt: "Alt",
  arrowdown: "↓",
  arrowup: "↑",
  escape: "Esc",
  enter: "Enter",
  tab: "Tab",
};

/** The key caps of a hotkey as the overlay draws them: "mod+Enter" → ["Ctrl", "Enter"]. */
export function keyCapsOf(hotkey: string): string[] {
  return hotkey
    .split("+")
    .map((part) => keyCaps[part.toLowerCase()] ?? part.toUpperCase());
}

/** The key combinations the overlay shows for a shortcut, a run of digits as one ("1–5"). */
export function keyCombosOf(shortcut: Shortcut): string[][] {
  const digits = shortcut.hotkeys.every((h) => /^\d$/.test(h));
  return digits && shortcut.hotkeys.length > 2
    ? [[`${shortcut.hotkeys[0]}–${shortcut.hotkeys.at(-1) ?? ""}`]]
    : shortcut.hotkeys.map(keyCapsOf);
}
