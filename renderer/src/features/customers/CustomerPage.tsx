import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { languageNames } from "../../../../shared/i18n/languages";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { useCatalog } from "../../app/use-catalog";
import { EmptyNote } from "../../components/EmptyNote";
import { formatDate } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { PagedHistory } from "../../components/PagedHistory";
import { OrderFormDrawer } from "../orders/OrderFormDrawer";
import { CustomerFormDrawer } from "./CustomerFormDrawer";
import { CustomerOrders } from "./CustomerOrders";
import { useShortcuts } from "../../app/shortcuts";

export function CustomerPage() {
  const { t } = useTranslation("customers");
  const id = Number(useParams().id);
  const names = useCatalog();
  const mayEdit = useCan("editCustomers");
  const mayEnterOrders = useCan("editOrders");
  const [editing, setEditing] = useState(false);
  const [ordering, setOrdering] = useState(false);
  const customer = useOperation(
    "customers.get",
    { id },
    { enabled: Number.isInteger(id) && id > 0 },
  );
  useShortcuts({ edit: () => mayEdit && customer.data && setEditing(true) });
  if (!customer.data)
    return (
      <LoadState
        error={customer.error}
        retry={() => void customer.refetch()}
        label={t("detail.loading")}
      />
    );
  const c = customer.data;
  return (
    <Stack p="md" gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers" size="sm">
          {t("detail.breadcrumb")}
        </Anchor>
        <Text size="sm">{c.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {c.name}
          </Title>
          {c.keyAccount && (
            <Badge variant="light" color="violet">
              {t("list.keyAccount")}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {mayEnterOrders && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setOrdering(true)}
            >
              {t("detail.newOrder")}
            </Button>
          )}
          {mayEdit && (
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing(true)}
            >
              {t("detail.edit")}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.contact")}
          </Text>
          <Text size="sm">{c.email}</Text>
          <Text size="sm">{c.phone}</Text>
          <Text size="sm">{languageNames[c.language]}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.invoiceAddress")}
          </Text>
          {c.address.street && <Text size="sm">{c.address.street}</Text>}
          <Text size="sm">
            {[c.address.postcode, c.address.city].filter(Boolean).join(" ")},{" "}
            {c.address.country}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.orders")}
          </Text>
          <Text size="xl" fw={600}>
            {c.orderCount}
          </Text>
          <Text size="xs" c="dimmed">
            {t("detail.activeOrders", { count: c.activeOrders })}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t("detail.messages")}
          </Text>
          <Text size="sm">
            {c.directMessagingDefault
              ? t("detail.directMessagingOn")
              : t("detail.directMessagingOff")}
          </Text>
          {c.externalRef && (
            <Text size="xs" c="dimmed">
              {t("detail.reference", { reference: c.externalRef })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t("detail.since", { when: formatDate(c.createdAt.slice(0, 10)) })}
          </Text>
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("detail.contacts")}
          </Title>
          {c.contacts.length === 0 ? (
            <EmptyNote>{t("detail.noContacts")}</EmptyNote>
          ) : (
            <Table>
              <Table.Tbody>
                {c.contacts.map((contact, i) => (
                  <Table.Tr key={i}>
                    <Table.Td fw={500}>{contact.name}</Table.Td>
                    <Table.Td c="dimmed">{contact.role}</Table.Td>
                    <Table.Td>{contact.email}</Table.Td>
                    <Table.Td>{contact.phone}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("detail.addresses")}
          </Title>
          {c.addresses.length === 0 ? (
            <EmptyNote>{t("detail.noAddresses")}</EmptyNote>
          ) : (
            <Table>
              <Table.Tbody>
                {c.addresses.map((a, i) => (
                  <Table.Tr key={i}>
                    <Table.Td fw={500}>{a.label}</Table.Td>
                    <Table.Td>
                      {a.street}, {a.postcode} {a.city}, {a.country}
                    </Table.Td>
                    <Table.Td>{names.region(a.region)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
      <Title order={2} size="h4">
        {t("detail.ordersTitle")}
      </Title>
      <CustomerOrders customerId={c.id} />
      <Title order={2} size="h4">
        {t("detail.history")}
      </Title>
      <PagedHistory of={{ customerId: c.id }} />
      {editing && (
        <CustomerFormDrawer
          customer={c}
          opened={editing}
          onClose={() => setEditing(false)}
        />
      )}
      {ordering && (
        <OrderFormDrawer
          customer={c}
          opened={ordering}
          onClose={() => setOrdering(false)}
        />
      )}
    </Stack>
  );
}
