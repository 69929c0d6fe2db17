import {
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useOperation } from "../../api/use-operation";
import { useCatalog } from "../../app/use-catalog";
import {
  formatDate,
  formatInstant,
  formatRating,
} from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { StatusBadge } from "../../components/StatusBadge";
import { TierBadge } from "../../components/TierBadge";
import { CommunicationSetting } from "./CommunicationSetting";
import { EmailLanguageSetting } from "./EmailLanguageSetting";
import { PartnerCharts } from "./PartnerCharts";
import { RatedOrdersTable } from "./RatedOrdersTable";

export function PartnerPage() {
  const { t } = useTranslation(["partners", "domain", "email"]);
  const id = Number(useParams().id);
  const names = useCatalog();
  const navigate = useNavigate();
  const partner = useOperation(
    "partners.get",
    { id },
    { enabled: Number.isInteger(id) && id > 0 },
  );
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
      <Group gap="sm">
        <Title order={1} size="h2">
          {p.name}
        </Title>
        <TierBadge tier={p.tier} />
        {!p.active && <Badge color="gray">{t("detail.paused")}</Badge>}
      </Group>
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
          <Text size="sm">{p.email}</Text>
          <Text size="sm">{p.phone}</Text>
          <Text size="sm">
            {p.city}, {p.country}
          </Text>
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
      <Title order={2} size="h4" mt="sm">
        {t("detail.ratedOrdersTitle")}
      </Title>
      <RatedOrdersTable partnerId={p.id} />
      <Title order={2} size="h4" mt="sm">
        {t("detail.recentOrders")}
      </Title>
      {p.recentOrders.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("detail.noOrders")}
        </Text>
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("detail.column.order")}</Table.Th>
              <Table.Th>{t("detail.column.status")}</Table.Th>
              <Table.Th>{t("detail.column.product")}</Table.Th>
              <Table.Th>{t("detail.column.customer")}</Table.Th>
              <Table.Th>{t("detail.column.requestedDelivery")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.recentOrders.map((o) => (
              <Table.Tr
                key={o.id}
                tabIndex={0}
                style={{ cursor: "pointer" }}
                onClick={() => navigate(`/orders/${o.id}`)}
                onKeyDown={(e) =>
                  e.key === "Enter" && navigate(`/orders/${o.id}`)
                }
              >
                <Table.Td ff="monospace">{o.number}</Table.Td>
                <Table.Td>
                  <StatusBadge status={o.status} />
                </Table.Td>
                <Table.Td>{o.title}</Table.Td>
                <Table.Td>{o.customerName}</Table.Td>
                <Table.Td>{formatDate(o.requestedDeliveryDate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
