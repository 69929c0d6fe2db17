// Every keyboard shortcut of the console, in one table: the help overlay ("?") lists it and the
// handlers bind from it (shortcuts.ts), so the overlay cannot promise a key that nothing answers.
// test/unit/shortcuts-bound.test.ts checks that every entry not marked `native` is bound somewhere.
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
  closePane: { area: "messages", hotkeys: ["Escape"] },
  format: {
    area: "messages",
    hotkeys: ["mod+B", "mod+I", "mod+U"],
    native: true,
  },
  submit: { area: "dialogs", hotkeys: ["mod+Enter"] },
  close: { area: "dialogs", hotkeys: ["Escape"], native: true },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof shortcuts;
export type BoundId = {
  [Id in ShortcutId]: (typeof shortcuts)[Id] extends { native: true }
    ? never
    : Id;
}[ShortcutId];
