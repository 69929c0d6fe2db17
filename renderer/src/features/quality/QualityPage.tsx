import {
  Box,
  Button,
  Center,
  Group,
  Kbd,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { OrderFile, ReviewQueueItem } from "../../../../shared/contract";
import { reviewableFolders } from "../../../../shared/domain";
import { quickRejectionReasons } from "../../../../shared/labels";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useShortcuts } from "../../app/shortcuts";
import { nextInQueue } from "../../app/next-in-queue";
import { useCan } from "../../app/use-can";
import { useUrlParams } from "../../app/use-url-params";
import { formatCount } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { PageHeader } from "../../components/PageHeader";
import { waitedFor } from "../files/FileCard";
import { fileObjectUrl } from "../files/file-url-cache";
import { RejectDialog } from "./RejectDialog";
import { ReviewOrderContext } from "./ReviewOrderContext";
import { ReviewQueueList } from "./ReviewQueueList";
import { ReviewStage } from "./ReviewStage";

type FolderFilter = (typeof reviewableFolders)[number] | "all";

/** The file to select once the current one leaves the queue: the next, else the previous. */
const neighbour = (items: { id: number }[], id: number) =>
  nextInQueue(
    items.map((i) => i.id),
    id,
  );

/** The reviewers' queue: pending photos oldest first, decided with the keyboard. */
export function QualityPage() {
  const { t } = useTranslation(["quality", "domain"]);
  const [params, setParam] = useUrlParams();
  const folder = (params.get("folder") ?? "all") as FolderFilter;
  const partnerId = Number(params.get("partner")) || undefined;
  const orderId = Number(params.get("order")) || undefined;
  const baseFilter = {
    ...(folder !== "all" ? { folder } : {}),
    ...(orderId ? { orderId } : {}),
  };
  const queue = useOperation(
    "quality.queue",
    { filter: { ...baseFilter, ...(partnerId ? { partnerId } : {}) } },
    { keepPrevious: true },
  );
  // The partner choices: everyone with files waiting under the other filters.
  const forPartners = useOperation("quality.queue", { filter: baseFilter });
  const mayReview = useCan("reviewPhotos");
  const { run, pending } = useChange();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [zoomed, setZoomed] = useState(false);
  // The file the reject dialog is about, fixed when it opens: a refresh must not change it.
  const [rejecting, setRejecting] = useState<ReviewQueueItem | null>(null);
  const [lastDecided, setLastDecided] = useState<OrderFile | null>(null);

  const items = queue.data?.items ?? [];
  const current = items.find((i) => i.id === selectedId) ?? items[0] ?? null;
  useEffect(() => {
    // Someone else decided the selected file, or a filter hid it: move to the first.
    if (queue.data && current && current.id !== selectedId)
      setSelectedId(current.id);
  }, [queue.data, current, selectedId]);

  // The next photo loads while this one is looked at.
  const upcoming = current ? neighbour(items, current.id) : null;
  useEffect(() => {
    if (upcoming !== null)
      void fileObjectUrl(upcoming, "original").catch(() => undefined);
  }, [upcoming]);

  const move = (step: 1 | -1) => {
    if (!current) return;
    const index = items.findIndex((i) => i.id === current.id);
    const next = items[index + step];
    if (next) {
      setSelectedId(next.id);
      setZoomed(false);
    }
  };

  async function decide(
    file: ReviewQueueItem | null,
    decision: "approved" | "rejected",
    reason?: string,
  ) {
    if (!file || pending || !mayReview) return;
    setRejecting(null);
    setSelectedId(neighbour(items, file.id));
    setZoomed(false);
    const decided = await run(
      () =>
        call("quality.review", {
          fileId: file.id,
          decision,
          reason,
          fileVersion: file.version,
        }),
      () => null,
    );
    if (decided) setLastDecided(decided);
  }

  async function undo() {
    if (!lastDecided || pending) return;
    const file = lastDecided;
    const restored = await run(
      () =>
        call("quality.undo", { fileId: file.id, fileVersion: file.version }),
      (f) => t("page.pendingAgain", { name: f.name }),
    );
    if (restored) {
      setLastDecided(null);
      setSelectedId(restored.id);
    }
  }

  // No key acts on the queue while a dialog (the reasons, a photo opened large) is on top.
  useShortcuts(
    {
      approve: () => void decide(current, "approved"),
      reject: () => current && mayReview && setRejecting(current),
      rejectQuick: (_, digit) => {
        const quick = quickRejectionReasons[Number(digit) - 1];
        if (quick)
          void decide(
            current,
            "rejected",
            t(`domain:quickRejectionReason.${quick}`),
          );
      },
      browse: (event) =>
        move(event.key === "j" || event.key === "ArrowDown" ? 1 : -1),
      zoom: () => setZoomed((z) => !z),
      undo: () => void undo(),
    },
    rejecting === null,
  );

  const partnerOptions = [
    ...new Map(
      (forPartners.data?.items ?? [])
        .filter((i) => i.partnerId !== null)
        .map((i) => [String(i.partnerId), i.partnerName ?? ""]),
    ),
  ]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  if (partnerId && !partnerOptions.some((o) => o.value === String(partnerId)))
    partnerOptions.push({
      value: String(partnerId),
      label: t("page.partnerNumber", { id: partnerId }),
    });

  return (
    <Stack h="100vh" gap="xs" p="md">
      <PageHeader
        title={t("page.title")}
        summary={
          queue.data &&
          (queue.data.items[0]
            ? t("page.summaryOldest", {
                count: queue.data.total,
                total: formatCount(queue.data.total),
                waited: waitedFor(queue.data.items[0]),
              })
            : t("page.summary", {
                count: queue.data.total,
                total: formatCount(queue.data.total),
              }))
        }
        extra={
          lastDecided?.reviewState === "approved" ||
          lastDecided?.reviewState === "rejected" ? (
            <Text size="sm" aria-live="polite">
              <Trans
                t={t}
                i18nKey={`page.lastDecision.${lastDecided.reviewState}`}
                values={{ name: lastDecided.name }}
                components={{ kbd: <Kbd size="xs" /> }}
              />
            </Text>
          ) : null
        }
      >
        <SegmentedControl
          size="xs"
          aria-label={t("page.folder")}
          value={folder}
          onChange={(value) =>
            setParam("folder", value === "all" ? null : value)
          }
          data={[
            { value: "all", label: t("page.allFolders") },
            ...reviewableFolders.map((f) => ({
              value: f,
              label: t(`domain:folder.${f}`),
            })),
          ]}
        />
        <Select
          size="xs"
          aria-label={t("page.partner")}
          placeholder={t("page.allPartners")}
          searchable
          clearable
          data={partnerOptions}
          value={partnerId ? String(partnerId) : null}
          onChange={(value) => setParam("partner", value)}
          w={220}
        />
        {orderId && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setParam("order", null)}
          >
            {t("page.orderOnly", { number: current?.orderNumber ?? orderId })}
          </Button>
        )}
      </PageHeader>
      {!queue.data ? (
        <LoadState
          error={queue.error}
          retry={() => void queue.refetch()}
          label={t("page.what")}
        />
      ) : !current ? (
        <Center style={{ flex: 1 }}>
          <Stack align="center" gap={4}>
            <IconCheck size={32} />
            <Text fw={500}>{t("page.clear")}</Text>
            <Text size="sm" c="dimmed">
              {folder !== "all" || partnerId || orderId
                ? t("page.clearFiltered")
                : t("page.clearAll")}
            </Text>
          </Stack>
        </Center>
      ) : (
        <Group
          align="stretch"
          wrap="nowrap"
          gap="md"
          style={{ flex: 1, minHeight: 0 }}
        >
          <Box
            w={300}
            style={{ flexShrink: 0, overflowY: "auto" }}
            tabIndex={0}
            role="region"
            aria-label={t("page.queue")}
          >
            <ReviewQueueList
              items={items}
              selectedId={current.id}
              onSelect={(id) => {
                setSelectedId(id);
                setZoomed(false);
              }}
            />
          </Box>
          <Stack style={{ flex: 1, minWidth: 0 }} gap="xs">
            <Box style={{ flex: 1, minHeight: 0 }}>
              <ReviewStage file={current} zoomed={zoomed} />
            </Box>
            <Group justify="space-between">
              <Text size="sm" lineClamp={1}>
                {current.name} · {t(`domain:folder.${current.folder}`)}
              </Text>
              <Group gap="xs">
                <Button
                  color="green"
                  leftSection={<IconCheck size={16} />}
                  rightSection={<Kbd size="xs">A</Kbd>}
                  onClick={() => void decide(current, "approved")}
                  disabled={!mayReview}
                >
                  {t("page.approve")}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} />}
                  rightSection={<Kbd size="xs">R</Kbd>}
                  onClick={() => setRejecting(current)}
                  disabled={!mayReview}
                >
                  {t("page.reject")}
                </Button>
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              <Trans
                t={t}
                i18nKey={mayReview ? "page.keys" : "page.keysNotReviewer"}
                components={{ kbd: <Kbd size="xs" /> }}
              />
            </Text>
          </Stack>
          <Box
            w={300}
            style={{ flexShrink: 0, overflowY: "auto" }}
            tabIndex={0}
            role="region"
            aria-label={t("page.theOrder")}
          >
            <ReviewOrderContext file={current} />
          </Box>
        </Group>
      )}
      <RejectDialog
        fileName={rejecting?.name ?? ""}
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        onReject={(reason) => void decide(rejecting, "rejected", reason)}
      />
    </Stack>
  );
}
