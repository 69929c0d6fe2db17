import {
  Badge,
  Button,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { Modal } from "../../components/Modal";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutboxRow, OutboxStatus } from "../../../../shared/contract";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { EmptyNote } from "../../components/EmptyNote";
import { PageHeader } from "../../components/PageHeader";
import { formatCount, formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { OutboxSenderNote } from "./OutboxSenderNote";
import { PagePicker } from "../../components/PagePicker";

const pageSize = 100;
const filters = ["all", "queued", "sent", "failed"] as const;
const statusColors: Record<OutboxStatus, string> = {
  queued: "blue",
  sending: "cyan",
  sent: "green",
  failed: "red",
};

/** Every email the console sends, with its state and, when it failed, why. */
export function OutboxPage() {
  const { t } = useTranslation("outbox");
  const [status, setStatus] = useState<OutboxStatus | "all">("all");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<OutboxRow | null>(null);
  const { run, pending } = useChange();
  const list = useOperation(
    "outbox.list",
    {
      filter: {
        ...(status !== "all" ? { status } : {}),
        ...(debounced ? { search: debounced } : {}),
      },
      offset: (page - 1) * pageSize,
      limit: pageSize,
    },
    { keepPrevious: true },
  );
  const retry = (row: OutboxRow) =>
    void run(
      () => call("outbox.retry", { id: row.id }),
      () => t("queuedAgain", { subject: row.subject }),
    ).then((done) => done && setOpen(null));
  return (
    <Stack p="md" gap="sm">
      <PageHeader
        title={t("title")}
        summary={
          list.data &&
          t("summary", {
            count: list.data.total,
            n: formatCount(list.data.total),
          })
        }
      >
        <TextInput
          size="xs"
          placeholder={t("search.placeholder")}
          aria-label={t("search.label")}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={240}
        />
        <SegmentedControl
          size="xs"
          aria-label={t("statusFilter")}
          value={status}
          onChange={(v) => {
            setStatus(v as OutboxStatus | "all");
            setPage(1);
          }}
          data={filters.map((value) => ({
            value,
            label: t(`filter.${value}`),
          }))}
        />
      </PageHeader>
      <OutboxSenderNote />
      {!list.data ? (
        <LoadState
          error={list.error}
          retry={() => void list.refetch()}
          label={t("loading")}
        />
      ) : list.data.rows.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("column.due")}</Table.Th>
                <Table.Th>{t("column.to")}</Table.Th>
                <Table.Th>{t("column.subject")}</Table.Th>
                <Table.Th>{t("column.order")}</Table.Th>
                <Table.Th>{t("column.status")}</Table.Th>
                <Table.Th>{t("column.attempts")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.rows.map((row) => (
                <Table.Tr
                  key={row.id}
                  onClick={() => setOpen(row)}
                  style={{ cursor: "pointer" }}
                >
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatInstant(row.dueAt)}
                  </Table.Td>
                  <Table.Td>{row.recipient}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setOpen(row)}
                    >
                      <Text size="sm" lineClamp={1} ta="left">
                        {row.subject}
                      </Text>
                    </Button>
                  </Table.Td>
                  <Table.Td ff="monospace">{row.orderNumber ?? "—"}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      color={statusColors[row.status]}
                    >
                      {t(`status.${row.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{row.attempts}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data.total > pageSize && (
            <PagePicker
              total={Math.ceil(list.data.total / pageSize)}
              value={page}
              onChange={setPage}
            />
          )}
        </>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open?.subject}
        size="lg"
      >
        {open && (
          <Stack gap="xs">
            <Text size="sm">
              {[
                t("detail.to", { recipient: open.recipient }),
                t("detail.due", { when: formatInstant(open.dueAt) }),
                open.sentAt
                  ? `${t(`status.${open.status}`)} ${formatInstant(open.sentAt)}`
                  : t(`status.${open.status}`),
                t("detail.attempts", { count: open.attempts }),
              ].join(" · ")}
            </Text>
            {open.lastError && (
              <Text size="sm" c="red">
                {t("detail.lastError", { error: open.lastError })}
              </Text>
            )}
            <Code block>{open.body}</Code>
            {open.status === "failed" && (
              <Group justify="flex-end">
                <Button loading={pending} onClick={() => retry(open)}>
                  {t("sendAgain")}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
