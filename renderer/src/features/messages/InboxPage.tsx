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
import { Link } from "react-router";
import type { InboxRow } from "../../../../shared/contract";
import { useOperation } from "../../api/use-operation";
import { useUrlParams } from "../../app/use-url-params";
import { EmptyNote } from "../../components/EmptyNote";
import { PageHeader } from "../../components/PageHeader";
import { formatCount, formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";

type Show = "waiting" | "unread" | "unanswered";
type Kind = "all" | "cutr" | "customer";

/** Every thread that is unread by me or waits on Cutr, newest first. */
export function InboxPage() {
  const [params, set] = useUrlParams();
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
        title="Messages"
        summary={
          inbox.data &&
          `${formatCount(inbox.data.total)} ${inbox.data.total === 1 ? "thread" : "threads"}`
        }
      >
        <SegmentedControl
          size="xs"
          aria-label="Show"
          value={show}
          onChange={(v) => set("show", v)}
          data={[
            { value: "waiting", label: "Unread or unanswered" },
            { value: "unread", label: "Unread" },
            { value: "unanswered", label: "Waiting on Cutr" },
          ]}
        />
        <Select
          size="xs"
          aria-label="Partner"
          placeholder="All partners"
          searchable
          clearable
          data={optionsOf((r) => [r.partnerId, r.partnerName])}
          value={partnerId ? String(partnerId) : null}
          onChange={(v) => set("partner", v)}
          w={200}
        />
        <Select
          size="xs"
          aria-label="Customer"
          placeholder="All customers"
          searchable
          clearable
          data={optionsOf((r) => [r.customerId, r.customerName])}
          value={customerId ? String(customerId) : null}
          onChange={(v) => set("customer", v)}
          w={200}
        />
        <SegmentedControl
          size="xs"
          aria-label="Thread"
          value={kind}
          onChange={(v) => set("kind", v)}
          data={[
            { value: "all", label: "Both threads" },
            { value: "cutr", label: "Cutr" },
            { value: "customer", label: "Customer" },
          ]}
        />
      </PageHeader>
      {!inbox.data ? (
        <LoadState
          error={inbox.error}
          retry={() => void inbox.refetch()}
          label="the messages"
        />
      ) : inbox.data.rows.length === 0 ? (
        <EmptyNote>Nothing waits: every thread is read and answered.</EmptyNote>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th>Thread</Table.Th>
              <Table.Th>Partner · customer</Table.Th>
              <Table.Th>Last message</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th w={210}>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inbox.data.rows.map((row) => (
              <Table.Tr key={`${row.orderId}-${row.kind}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/orders/${row.orderId}?tab=messages&thread=${row.kind}`}
                    ff="monospace"
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {row.orderNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.kind === "cutr" ? "Cutr" : "Customer"}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {row.partnerName ?? "No partner"} · {row.customerName}
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
                      <Badge size="sm">{row.unread} unread</Badge>
                    )}
                    {row.overdue ? (
                      <Badge size="sm" color="red" variant="light">
                        Overdue
                      </Badge>
                    ) : (
                      row.unanswered && (
                        <Badge size="sm" color="orange" variant="light">
                          Unanswered
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
