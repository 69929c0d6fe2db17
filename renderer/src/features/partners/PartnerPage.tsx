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
import { Link, useNavigate, useParams } from "react-router";
import { capabilityLabels, regionLabels } from "../../../../shared/labels";
import { useOperation } from "../../api/use-operation";
import {
  formatDate,
  formatInstant,
  formatRating,
} from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { StatusBadge } from "../../components/StatusBadge";
import { TierBadge } from "../../components/TierBadge";
import { CommunicationSetting } from "./CommunicationSetting";
import { PartnerCharts } from "./PartnerCharts";
import { RatedOrdersTable } from "./RatedOrdersTable";

export function PartnerPage() {
  const id = Number(useParams().id);
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
        label="the partner"
      />
    );
  const p = partner.data;
  return (
    <Stack p="md" gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/partners" size="sm">
          Partners
        </Anchor>
        <Text size="sm">{p.name}</Text>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={1} size="h2">
          {p.name}
        </Title>
        <TierBadge tier={p.tier} />
        {!p.active && <Badge color="gray">Paused</Badge>}
      </Group>
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Rating (24 months)
          </Text>
          <Text size="xl" fw={600}>
            {formatRating(p.rating)}
          </Text>
          <Text size="xs" c="dimmed">
            {p.ratedOrders} rated orders
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Load
          </Text>
          <Text size="xl" fw={600}>
            {p.activeOrders} / {p.capacity}
          </Text>
          <Text size="xs" c="dimmed">
            active orders / capacity
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Contact
          </Text>
          <Text size="sm">{p.email}</Text>
          <Text size="sm">{p.phone}</Text>
          <Text size="sm">
            {p.city}, {p.country}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Messages
          </Text>
          <CommunicationSetting partnerId={p.id} value={p.communication} />
          <Text size="xs" c="dimmed">
            Last assignment {formatInstant(p.lastAssignedAt)}
          </Text>
        </Stack>
      </SimpleGrid>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          Capabilities:
        </Text>
        {p.capabilities.map((c) => (
          <Badge key={c} variant="light" color="gray">
            {capabilityLabels[c]}
          </Badge>
        ))}
      </Group>
      <Group gap={6}>
        <Text size="sm" fw={500}>
          Regions:
        </Text>
        {p.regions.map((r) => (
          <Badge key={r} variant="light" color="gray">
            {regionLabels[r]}
          </Badge>
        ))}
      </Group>
      <PartnerCharts partnerId={p.id} />
      <Title order={2} size="h4" mt="sm">
        Rated orders
      </Title>
      <RatedOrdersTable partnerId={p.id} />
      <Title order={2} size="h4" mt="sm">
        Recent orders
      </Title>
      {p.recentOrders.length === 0 ? (
        <Text c="dimmed" size="sm">
          This partner has not had an order yet.
        </Text>
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Requested delivery</Table.Th>
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
