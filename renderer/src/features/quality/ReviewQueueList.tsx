import { Group, NavLink, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { ReviewQueueItem } from "../../../../shared/contract";
import { folderLabels } from "../../../../shared/labels";
import { FileThumb } from "../files/FileThumb";
import { waitedFor } from "../files/FileCard";

/** The pending files, oldest first; the selected one is kept in view as the keys move it. */
export function ReviewQueueList({
  items,
  selectedId,
  onSelect,
}: {
  items: ReviewQueueItem[];
  selectedId: number | null;
  onSelect: (fileId: number) => void;
}) {
  const selectedRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  return (
    <Stack gap={2} role="list" aria-label="Files waiting for review">
      {items.map((item) => (
        <NavLink
          key={item.id}
          ref={item.id === selectedId ? selectedRef : undefined}
          role="listitem"
          active={item.id === selectedId}
          aria-current={item.id === selectedId ? "true" : undefined}
          onClick={() => onSelect(item.id)}
          p={6}
          label={
            <Group gap="xs" wrap="nowrap">
              <FileThumb file={item} size={56} />
              <div style={{ minWidth: 0 }}>
                <Text
                  size="sm"
                  fw={500}
                  lineClamp={1}
                  c="var(--mantine-color-text)"
                >
                  {item.orderNumber} · {folderLabels[item.folder]}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {item.partnerName ?? "No partner"}
                </Text>
                <Text size="xs" c="dimmed">
                  Waiting {waitedFor(item)}
                </Text>
              </div>
            </Group>
          }
        />
      ))}
    </Stack>
  );
}
