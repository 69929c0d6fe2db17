import { TextInput } from "@mantine/core";
import { useDebouncedCallback, useHotkeys } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { shortcutItems } from "../app/shortcuts";

/**
 * A list's search box: what is typed goes into the list's address a moment later (so Back and a
 * return to the list bring it back), and the box follows the address when that changes under it.
 * "/" puts the keyboard in it.
 */
export function ListSearch({
  label,
  placeholder,
  value,
  onSearch,
  onTyped,
  width,
}: {
  label: string;
  placeholder: string;
  /** The search the address holds. */
  value: string;
  onSearch(text: string): void;
  /** Told at every key (a virtual list scrolls back to its top). */
  onTyped?: () => void;
  width: number;
}) {
  const [typed, setTyped] = useState(value);
  useEffect(
    () =>
      setTyped((current) =>
        current.trim() === value.trim() ? current : value,
      ),
    [value],
  );
  const apply = useDebouncedCallback(onSearch, 200);
  const box = useRef<HTMLInputElement>(null);
  useHotkeys(shortcutItems("searchList", () => box.current?.focus()));
  return (
    <TextInput
      ref={box}
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={typed}
      maxLength={100}
      onChange={(e) => {
        setTyped(e.currentTarget.value);
        apply(e.currentTarget.value);
        onTyped?.();
      }}
      w={width}
    />
  );
}
