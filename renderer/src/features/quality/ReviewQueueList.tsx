import { Group, NavLink, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewQueueItem } from "../../../../shared/contract";
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
  const { t } = useTranslation(["quality", "files", "domain"]);
  const selectedRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  return (
    <Stack gap={2} role="list" aria-label={t("queueList.label")}>
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
                  {item.orderNumber} · {t(`domain:folder.${item.folder}`)}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {item.partnerName ?? t("queueList.noPartner")}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("files:waiting", { waited: waitedFor(item) })}
                </Text>
              </div>
            </Group>
          }
        />
      ))}
    </Stack>
  );
}
