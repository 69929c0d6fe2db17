import { Badge, Button, Group, Paper, Text, Title } from "@mantine/core";
import { IconDownload, IconFileTypePdf } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { call, isElectron } from "../../api/client";
import { saveStoredFile } from "../../api/save-file";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { formatInstant } from "../../components/format";

/** The order's packing slip: generated from its current data, out of date after any change. */
export function PackingSlipPanel({
  orderId,
  orderNumber,
}: {
  orderId: number;
  orderNumber: string;
}) {
  const { t } = useTranslation("orders");
  const latest = useOperation("packingSlips.latest", { orderId });
  const mayGenerate = useCan("editSchedule");
  const { run, pending } = useChange();
  const slip = latest.data ?? null;
  return (
    <Paper withBorder p="md" radius="md" maw={720}>
      <Group justify="space-between">
        <Group gap="xs">
          <IconFileTypePdf size={20} aria-hidden />
          <Title order={3} size="h5">
            {t("packingSlip.title")}
          </Title>
          {slip && (
            <Badge color={slip.current ? "green" : "orange"} variant="light">
              {slip.current
                ? t("packingSlip.current")
                : t("packingSlip.outOfDate")}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {slip && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              onClick={() =>
                void saveStoredFile(
                  slip.fileId,
                  "slip",
                  `packing-slip-${orderNumber}.pdf`,
                )
              }
            >
              {isElectron ? t("packingSlip.save") : t("packingSlip.download")}
            </Button>
          )}
          {mayGenerate && (!slip || !slip.current) && (
            <Button
              size="xs"
              loading={pending}
              onClick={() =>
                void run(
                  () => call("packingSlips.generate", { orderId }),
                  (s) => t("packingSlip.generated", { count: s.pageCount }),
                )
              }
            >
              {slip ? t("packingSlip.generateNew") : t("packingSlip.generate")}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {slip
          ? t("packingSlip.summary", {
              count: slip.pageCount,
              at: formatInstant(slip.generatedAt),
            })
          : t("packingSlip.none")}
      </Text>
    </Paper>
  );
}
