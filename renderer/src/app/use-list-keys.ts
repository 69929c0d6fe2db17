// j/k and the arrows through the rows of whichever list is on screen, Enter to open a row. A list
// marks itself with a `data-key-list` attribute and its rows with `data-list-row`; Enter clicks the
// row, so the keyboard and the mouse open the same thing.
import { useHotkeys } from "@mantine/hooks";
import "./list-keys.css";
import { keyBelongsElsewhere, shortcutItems } from "./shortcuts";

const listSelector = "[data-key-list]";
const rowSelector = "[data-list-row]";

/** The list the keys act on: the one holding the focus, else the first on the page. */
function activeList(event: KeyboardEvent): Element | null {
  const focused = document.activeElement?.closest(listSelector) ?? null;
  // Arrows scroll the page as usual until a list has the focus; j and k find the list themselves.
  if (!focused && event.key.startsWith("Arrow")) return null;
  return focused ?? document.querySelector(listSelector);
}

function moveInList(event: KeyboardEvent, step: 1 | -1): void {
  if (keyBelongsElsewhere(event)) return;
  const list = activeList(event);
  if (!list) return;
  const rows = [...list.querySelectorAll<HTMLElement>(rowSelector)];
  if (rows.length === 0) return;
  const current = document.activeElement?.closest<HTMLElement>(rowSelector);
  const from = current
    ? rows.indexOf(current)
    : rows.findIndex((r) =>
        r.matches('[aria-selected="true"], [data-selected]'),
      );
  const to = from < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, from + step));
  const row = rows[to];
  if (!row) return;
  event.preventDefault();
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: "nearest" });
}

/** Enter on a focused row that is not itself a button or link clicks it. */
function openFocusedRow(event: KeyboardEvent): void {
  const row = event.target as HTMLElement | null;
  if (
    !row?.matches(rowSelector) ||
    row instanceof HTMLButtonElement ||
    row instanceof HTMLAnchorElement ||
    keyBelongsElsewhere(event)
  )
    return;
  event.preventDefault();
  row.click();
}

/** Binds the list keys for the whole console; mounted once, in the shell. */
export function useListKeys(): void {
  const manual = { preventDefault: false };
  useHotkeys(
    [
      ...shortcutItems("nextRow", (e) => moveInList(e, 1), manual),
      ...shortcutItems("previousRow", (e) => moveInList(e, -1), manual),
      ...shortcutItems("openRow", openFocusedRow, manual),
    ],
    [],
  );
}
