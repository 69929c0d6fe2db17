import {
  Anchor,
  Badge,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { InboxRow } from "../../../../shared/contract";
import { useOperation } from "../../api/use-operation";
import { useUrlParams } from "../../app/use-url-params";
import { EmptyNote } from "../../components/EmptyNote";
import { PageHeader } from "../../components/PageHeader";
import { formatCount, formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";

type Show = "waiting" | "unread" | "unanswered";

/** Mail that waits for staff to place it, when there is any. */
function UnmatchedMailLink() {
  const { t } = useTranslation("messages");
  const unmatched = useOperation("mail.unmatched", { limit: 1 });
  const total = unmatched.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <Anchor component={Link} to="/messages/unmatched" size="sm" c="orange.9">
      {t("unmatched.link", { count: total, total: formatCount(total) })}
    </Anchor>
  );
}
type Kind = "all" | "cutr" | "customer";

const threadHref = (row: InboxRow) =>
  `/orders/${row.orderId}?tab=messages&thread=${row.kind}`;

/** Every thread that is unread by me or waits on Cutr, newest first. */
export function InboxPage() {
  const { t } = useTranslation("messages");
  const [params, set] = useUrlParams();
  const navigate = useNavigate();
  const show = (params.get("show") ?? "waiting") as Show;
  const kind = (params.get("kind") ?? "all") as Kind;
  const partnerId = Number(params.get("partner")) || undefined;
  const customerId = Number(params.get("customer")) || undefined;
  const baseFilter = { show, ...(kind !== "all" ? { kind } : {}) };
  const inbox = useOperation(
    "messages.inbox",
    {
      filter: { ...baseFilter, partnerId, customerId },
      limit: 200,
    },
    { keepPrevious: true },
  );
  // The choices: partners and customers with threads waiting under the other filters.
  const unfiltered = useOperation("messages.inbox", {
    filter: baseFilter,
    limit: 500,
  });
  const optionsOf = (pick: (r: InboxRow) => [number | null, string | null]) =>
    [
      ...new Map(
        (unfiltered.data?.rows ?? [])
          .map(pick)
          .filter((e): e is [number, string] => e[0] !== null && e[1] !== null)
          .map(([id, name]) => [String(id), name]),
      ),
    ]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Stack p="md" gap="sm">
      <PageHeader
        title={t("inbox.title")}
        summary={
          inbox.data &&
          t("inbox.summary", {
            count: inbox.data.total,
            total: formatCount(inbox.data.total),
          })
        }
      >
        <SegmentedControl
          size="xs"
          aria-label={t("inbox.show")}
          value={show}
          onChange={(v) => set("show", v)}
          data={[
            { value: "waiting", label: t("inbox.waiting") },
            { value: "unread", label: t("inbox.unread") },
            { value: "unanswered", label: t("inbox.waitingOnCutr") },
          ]}
        />
        <Select
          size="xs"
          aria-label={t("inbox.partner")}
          placeholder={t("inbox.allPartners")}
          searchable
          clearable
          data={optionsOf((r) => [r.partnerId, r.partnerName])}
          value={partnerId ? String(partnerId) : null}
          onChange={(v) => set("partner", v)}
          w={200}
        />
        <Select
          size="xs"
          aria-label={t("inbox.customer")}
          placeholder={t("inbox.allCustomers")}
          searchable
          clearable
          data={optionsOf((r) => [r.customerId, r.customerName])}
          value={customerId ? String(customerId) : null}
          onChange={(v) => set("customer", v)}
          w={200}
        />
        <SegmentedControl
          size="xs"
          aria-label={t("inbox.thread")}
          value={kind}
          onChange={(v) => set("kind", v)}
          data={[
            { value: "all", label: t("inbox.bothThreads") },
            { value: "cutr", label: t("threadKind.cutr") },
            { value: "customer", label: t("threadKind.customer") },
          ]}
        />
        <UnmatchedMailLink />
      </PageHeader>
      {!inbox.data ? (
        <LoadState
          error={inbox.error}
          retry={() => void inbox.refetch()}
          label={t("inbox.loading")}
        />
      ) : inbox.data.rows.length === 0 ? (
        <EmptyNote>{t("inbox.empty")}</EmptyNote>
      ) : (
        <Table striped highlightOnHover data-key-list>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("inbox.column.order")}</Table.Th>
              <Table.Th>{t("inbox.column.thread")}</Table.Th>
              <Table.Th>{t("inbox.column.parties")}</Table.Th>
              <Table.Th>{t("inbox.column.lastMessage")}</Table.Th>
              <Table.Th>{t("inbox.column.when")}</Table.Th>
              <Table.Th w={210}>{t("inbox.column.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inbox.data.rows.map((row) => (
              <Table.Tr
                key={`${row.orderId}-${row.kind}`}
                data-list-row
                tabIndex={-1}
                style={{ cursor: "pointer" }}
                // The order number is a link of its own; anywhere else on the row opens the thread too.
                onClick={(e) =>
                  !(e.target as HTMLElement).closest("a") &&
                  void navigate(threadHref(row))
                }
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={threadHref(row)}
                    ff="monospace"
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {row.orderNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`threadKind.${row.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {row.partnerName ?? t("inbox.noPartner")} ·{" "}
                    {row.customerName}
                  </Text>
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" lineClamp={1}>
                    <Text span fw={500} size="sm">
                      {row.lastAuthorName}:
                    </Text>{" "}
                    {row.snippet}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {formatInstant(row.lastMessageAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {row.unread > 0 && (
                      <Badge size="sm">
                        {t("inbox.unreadCount", { count: row.unread })}
                      </Badge>
                    )}
                    {row.overdue ? (
                      <Badge size="sm" color="red" variant="light">
                        {t("inbox.overdue")}
                      </Badge>
                    ) : (
                      row.unanswered && (
                        <Badge size="sm" color="orange" variant="light">
                          {t("inbox.unanswered")}
                        </Badge>
                      )
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
