import { Alert, Loader, Group, Stack, Table, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Policy } from "../../../../shared/policy";
import { call } from "../../api/client";
import { formatRating } from "../../components/format";
import { TierBadge } from "../../components/TierBadge";

/** The partners listed by name; the rest are counted. */
const shownPartners = 12;

/**
 * What saving the draft policy would do, worked out by the core on the data as it is (and rolled
 * back): the partners that would change tier and the key-account orders' candidates.
 */
export function PolicyPreviewPanel({ draft }: { draft: Policy }) {
  const { t } = useTranslation("settings");
  // Worked out once typing pauses, not on every keystroke.
  const [policy] = useDebouncedValue(draft, 400);
  const preview = useQuery({
    queryKey: ["settings.previewPolicy", policy],
    queryFn: () => call("settings.previewPolicy", { policy }),
    staleTime: 30_000,
  });
  if (preview.isPending || policy !== draft)
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t("policy.preview.working")}
        </Text>
      </Group>
    );
  if (preview.isError)
    return (
      <Alert color="red" title={t("policy.preview.failed")}>
        {preview.error.message}
      </Alert>
    );
  const { tierChanges } = preview.data;
  return (
    <Alert color="blue" variant="light" title={t("policy.preview.title")}>
      <Stack gap="xs">
        <Text size="sm">
          {t("policy.preview.tierChanges", {
            count: tierChanges.length,
            partners: preview.data.partnersRecomputed,
          })}
        </Text>
        {tierChanges.length > 0 && (
          <Table withTableBorder={false} verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("policy.preview.partner")}</Table.Th>
                <Table.Th ta="right">{t("policy.preview.rating")}</Table.Th>
                <Table.Th>{t("policy.preview.now")}</Table.Th>
                <Table.Th>{t("policy.preview.would")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tierChanges.slice(0, shownPartners).map((change) => (
                <Table.Tr key={change.partnerId}>
                  <Table.Td>{change.name}</Table.Td>
                  <Table.Td ta="right">{formatRating(change.rating)}</Table.Td>
                  <Table.Td>
                    <TierBadge tier={change.from} />
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={change.to} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {tierChanges.length > shownPartners && (
          <Text size="sm" c="dimmed">
            {t("policy.preview.more", {
              count: tierChanges.length - shownPartners,
            })}
          </Text>
        )}
        <Text size="sm">
          {t("policy.preview.keyAccounts", {
            count: preview.data.keyAccountOrders,
            losing: preview.data.losingCandidates,
            gaining: preview.data.gainingCandidates,
            without: preview.data.leftWithoutCandidates,
          })}
        </Text>
      </Stack>
    </Alert>
  );
}
