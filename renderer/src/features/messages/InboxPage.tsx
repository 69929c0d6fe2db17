import {
  Anchor,
  Box,
  Group,
  SegmentedControl,
  Select,
  Stack,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { InboxRow } from "../../../../shared/contract";
import { useOperation } from "../../api/use-operation";
import { useUrlParams } from "../../app/use-url-params";
import { EmptyNote } from "../../components/EmptyNote";
import { PageHeader } from "../../components/PageHeader";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { nextInQueue } from "../../app/next-in-queue";
import { InboxTable } from "./InboxTable";
import { ReadingPane } from "./ReadingPane";

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

/** Every thread that is unread by me or waits on Cutr, newest first. */
export function InboxPage() {
  const { t } = useTranslation("messages");
  const [params, set, update] = useUrlParams();
  // The thread open in the reading pane, if any.
  const openOrderId = Number(params.get("open")) || null;
  const open = openOrderId
    ? {
        orderId: openOrderId,
        kind: params.get("thread") === "customer" ? "customer" : "cutr",
      }
    : null;
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
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Box style={{ flex: open ? "0 0 44%" : 1, minWidth: 0 }}>
            <InboxTable
              rows={inbox.data.rows}
              compact={open !== null}
              openKey={open ? `${open.orderId}-${open.kind}` : null}
              onOpen={(row) =>
                update({ open: String(row.orderId), thread: row.kind })
              }
            />
          </Box>
          {open && (
            <ReadingPane
              key={open.orderId}
              orderId={open.orderId}
              orderNumber={
                inbox.data.rows.find((r) => r.orderId === open.orderId)
                  ?.orderNumber ?? null
              }
              onClose={() => update({ open: null, thread: null })}
              onSent={() => {
                // On to the thread below, as the list stood when the answer left.
                const rows = inbox.data?.rows ?? [];
                const keys = rows.map((r) => `${r.orderId}-${r.kind}`);
                const next = nextInQueue(keys, `${open.orderId}-${open.kind}`);
                const row = rows[keys.indexOf(next ?? "")];
                update(
                  row
                    ? { open: String(row.orderId), thread: row.kind }
                    : { open: null, thread: null },
                );
              }}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
