import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { useCatalog } from "../../app/use-catalog";
import {
  formatDate,
  formatInstant,
  formatRating,
} from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { OrderRowsTable } from "../../components/OrderRowsTable";
import { PagedHistory } from "../../components/PagedHistory";
import { TierBadge } from "../../components/TierBadge";
import { ExportButton } from "../data-files/ExportButton";
import { CommunicationSetting } from "./CommunicationSetting";
import { EmailLanguageSetting } from "./EmailLanguageSetting";
import { PartnerCharts } from "./PartnerCharts";
import { PartnerFormDrawer } from "./PartnerFormDrawer";
import { PauseDialog } from "./PauseDialog";
import { RatedOrdersTable } from "./RatedOrdersTable";
import { useShortcuts } from "../../app/shortcuts";

export function PartnerPage() {
  const { t } = useTranslation(["partners", "domain", "email"]);
  const id = Number(useParams().id);
  const names = useCatalog();
  const mayEdit = useCan("editPartners");
  const mayPause = useCan("pausePartners");
  const [editing, setEditing] = useState(false);
  const [pausing, setPausing] = useState(false);
  const { run, pending } = useChange();
  const partner = useOperation(
    "partners.get",
    { id },
    { enabled: Number.isInteger(id) && id > 0 },
  );
  useShortcuts({ edit: () => mayEdit && partner.data && setEditing(true) });
  if (!partner.data)
    return (
      <LoadState
        error={partner.error}
        retry={() => void partner.refetch()}
        label={t("detail.loading")}
      />
    );
  const p = partner.data;
  return (
    <Stack p="md" gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/partners" size="sm">
          {t("detail.breadcrumb")}
        </Anchor>
        <Text size="sm">{p.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {p.name}
          </Title>
          <TierBadge tier={p.tier} />
          {!p.active && <Badge color="gray">{t("detail.paused")}</Badge>}
        </Group>
        <Group gap="xs">
          {mayEdit && (
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
            >
              {t("detail.edit")}
            </Button>
          )}
          {mayPause &&
            (p.active ? (
              <Button
                size="xs"
                variant="default"
                color="orange"
                onClick={() => setPausing(true)}
              >
                {t("pause.button")}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="light"
                loading={pending}
                onClick={() =>
                  void run(
                    () =>
                      call("partners.resume", { id: p.id, version: p.version }),
                    () => t("pause.resumed", { name: p.name }),
                  )
                }
              >
                {t("pause.resume")}
              </Button>
            ))}
        </Group>
      </Group>
      {p.pause && (
        <Alert color="orange" variant="light" title={t("pause.banner")}>
          <Text size="sm">
            {p.pause.reason
              ? t("pause.bannerReason", {
                  reason: p.pause.reason,
                  since: formatInstant(p.pause.since),
                })
              : t("pause.bannerNoReason")}
          </Text>
          <Text size="sm">
            {p.pause.resumesOn
              ? t("pause.bannerUntil", { date: formatDate(p.pause.resumesOn) })
              : t("pause.bannerIndefinite")}
          </Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.rating")}
          </Text>
          <Text size="xl" fw={600}>
            {formatRating(p.rating)}
          </Text>
          <Text size="xs" c="dimmed">
            {t("detail.ratedOrders", { count: p.ratedOrders })}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.load")}
          </Text>
          <Text size="xl" fw={600}>
            {p.activeOrders} / {p.capacity}
          </Text>
          <Text size="xs" c="dimmed">
            {t("detail.loadHint")}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.contact")}
          </Text>
          {p.contactName && <Text size="sm">{p.contactName}</Text>}
          <Text size="sm">{p.email}</Text>
          <Text size="sm">{p.phone}</Text>
          {p.address.street && <Text size="sm">{p.address.street}</Text>}
          <Text size="sm">
            {[p.address.postcode, p.city].filter(Boolean).join(" ")},{" "}
            {p.country}
          </Text>
          {p.externalRef && (
            <Text size="xs" c="dimmed">
              {t("detail.reference", { reference: p.externalRef })}
            </Text>
          )}
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.messages")}
          </Text>
          <CommunicationSetting partnerId={p.id} value={p.communication} />
          <Text size="xs" c="dimmed" mt={4}>
            {t("email:setting.label")}
          </Text>
          <EmailLanguageSetting partnerId={p.id} value={p.language} />
          <Text size="xs" c="dimmed">
            {t("detail.lastAssignment", {
              when: formatInstant(p.lastAssignedAt),
            })}
          </Text>
        </Stack>
      </SimpleGrid>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          {t("detail.capabilities")}
        </Text>
        {p.capabilities.map((c) => (
          <Badge key={c} variant="light" color="gray">
            {names.capability(c)}
          </Badge>
        ))}
      </Group>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          {t("detail.regions")}
        </Text>
        {p.regions.map((r) => (
          <Badge key={r} variant="light" color="gray">
            {names.region(r)}
          </Badge>
        ))}
      </Group>
      <PartnerCharts partnerId={p.id} />
      <Group justify="space-between" mt="sm">
        <Title order={2} size="h4">
          {t("detail.ratedOrdersTitle")}
        </Title>
        <ExportButton list={{ list: "ratedOrders", partnerId: p.id }} />
      </Group>
      <RatedOrdersTable partnerId={p.id} />
      <Title order={2} size="h4" mt="sm">
        {t("detail.recentOrders")}
      </Title>
      {p.recentOrders.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("detail.noOrders")}
        </Text>
      ) : (
        <OrderRowsTable rows={p.recentOrders} show="customer" />
      )}
      <Title order={2} size="h4" mt="sm">
        {t("detail.history")}
      </Title>
      <PagedHistory of={{ partnerId: p.id }} />
      {editing && (
        <PartnerFormDrawer
          partner={p}
          opened={editing}
          onClose={() => setEditing(false)}
        />
      )}
      <PauseDialog
        partner={p}
        opened={pausing}
        onClose={() => setPausing(false)}
      />
    </Stack>
  );
}
