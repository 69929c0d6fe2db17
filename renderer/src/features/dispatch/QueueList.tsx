import {
  Badge,
  Group,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconCrown, IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Capability, Region } from "../../../../shared/domain";
import { useOperation } from "../../api/use-operation";
import { useCatalog } from "../../app/use-catalog";
import { formatDate } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import classes from "./QueueList.module.css";

interface Props {
  selectedId: number | null;
  onSelect(orderId: number): void;
  /** The orders listed, in order, each time the list changes. */
  onShown(orderIds: readonly number[]): void;
}

/** Open orders, key accounts first, then by requested delivery date. */
export function QueueList({ selectedId, onSelect, onShown }: Props) {
  const { t } = useTranslation(["dispatch", "domain"]);
  const names = useCatalog();
  const [region, setRegion] = useState<Region | null>(null);
  const [capability, setCapability] = useState<Capability | null>(null);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const queue = useOperation(
    "dispatch.queue",
    {
      limit: 200,
      filter: {
        ...(region ? { region } : {}),
        ...(capability ? { capability } : {}),
        ...(debounced ? { search: debounced } : {}),
      },
    },
    { keepPrevious: true },
  );
  const rows = queue.data?.rows;
  useEffect(() => {
    if (rows) onShown(rows.map((o) => o.id));
  }, [rows, onShown]);
  return (
    <Stack gap="xs" h="100%">
      <Group gap={6} grow>
        <Select
          aria-label={t("queue.region")}
          placeholder={t("queue.anyRegion")}
          data={names.regionOptions("all")}
          value={region}
          onChange={(v) => setRegion(v as Region | null)}
          clearable
          searchable
          size="xs"
        />
        <Select
          aria-label={t("queue.capability")}
          placeholder={t("queue.anyCapability")}
          data={names.capabilityOptions("all")}
          value={capability}
          onChange={(v) => setCapability(v as Capability | null)}
          clearable
          searchable
          size="xs"
        />
      </Group>
      <TextInput
        aria-label={t("queue.search")}
        placeholder={t("queue.searchPlaceholder")}
        leftSection={<IconSearch size={14} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        size="xs"
        maxLength={100}
      />
      <Text size="xs" c="dimmed" aria-live="polite">
        {queue.data
          ? t("queue.count", { count: queue.data.total })
          : t("queue.loading")}
      </Text>
      {!queue.data ? (
        <LoadState
          error={queue.error}
          retry={() => void queue.refetch()}
          label={t("queue.what")}
        />
      ) : queue.data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t("queue.empty")}
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }} type="auto">
          <Stack
            gap={4}
            role="listbox"
            aria-label={t("queue.list")}
            data-key-list
          >
            {queue.data.rows.map((o) => (
              <UnstyledButton
                key={o.id}
                role="option"
                aria-selected={o.id === selectedId}
                className={classes.item}
                data-selected={o.id === selectedId || undefined}
                data-list-row
                onClick={() => onSelect(o.id)}
              >
                <Group justify="space-between" wrap="nowrap" gap={4}>
                  <Group gap={4} wrap="nowrap">
                    {o.keyAccount && (
                      <IconCrown
                        size={14}
                        color="var(--mantine-color-violet-6)"
                        aria-hidden
                      />
                    )}
                    <Text size="sm" ff="monospace" fw={600}>
                      {o.number}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t("queue.deliveryBy", {
                      date: formatDate(o.requestedDeliveryDate),
                    })}
                  </Text>
                </Group>
                <Text size="sm" truncate>
                  {o.customerName} · {o.title}
                </Text>
                <Group gap={4} mt={2}>
                  <Text size="xs" c="dimmed">
                    {names.region(o.region)}
                  </Text>
                  {o.keyAccount && (
                    <Badge size="xs" color="violet" variant="light">
                      {t("keyAccount")}
                    </Badge>
                  )}
                  {o.openOffers > 0 && (
                    <Badge size="xs" color="blue" variant="light">
                      {t("queue.offersOut", { count: o.openOffers })}
                    </Badge>
                  )}
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea>
      )}
    </Stack>
  );
}
