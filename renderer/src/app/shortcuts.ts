// Binding the shortcuts of shortcut-table.ts, and drawing their keys for the help overlay.
import { useHotkeys, type HotkeyItem } from "@mantine/hooks";
import { shortcuts, type BoundId, type Shortcut } from "./shortcut-table";

export {
  shortcuts,
  type ShortcutArea,
  type ShortcutId,
} from "./shortcut-table";

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
