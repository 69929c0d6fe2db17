import { Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import { formatDate, formatInstant } from "../../components/format";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { FulfilmentForm } from "./FulfilmentForm";

export function FulfilmentTab({ order }: { order: OrderDetail }) {
  const { t } = useTranslation(["orders", "common"]);
  const f = order.fulfilment;
  const row = (label: string, value: string) => (
    <Group justify="space-between" maw={480}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
  // The form starts from the order as it is now, and again only when it asks (see FulfilmentForm).
  const [formVersion, setFormVersion] = useState(order.version);
  const mayEdit =
    useCan("editSchedule") &&
    (order.status === "assigned" || order.status === "ready");
  return (
    <Stack gap="xs">
      {mayEdit ? (
        <FulfilmentForm
          key={formVersion}
          order={order}
          onReload={() => setFormVersion(order.version)}
        />
      ) : !f ? (
        <EmptyNote>{t("fulfilment.none")}</EmptyNote>
      ) : (
        <>
          {row(t("fulfilment.materialArrival"), formatDate(f.materialArrival))}
          {row(
            t("fulfilment.plannedCompletion"),
            formatDate(f.plannedCompletion),
          )}
          {row(t("fulfilment.deliveryDate"), formatDate(f.deliveryDate))}
          {row(
            t("fulfilment.method"),
            f.method ? t(`method.${f.method}`) : t("common:none"),
          )}
          {row(
            t("fulfilment.invoiceReference"),
            f.noInvoiceReference
              ? t("fulfilment.noReference")
              : (f.invoiceReference ?? t("common:none")),
          )}
        </>
      )}
      <Title order={3} size="h5" mt="md">
        {t("fulfilment.changes")}
      </Title>
      {order.deliveryDateChanges.length === 0 ? (
        <EmptyNote>{t("fulfilment.noChanges")}</EmptyNote>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("fulfilment.from")}</Table.Th>
              <Table.Th>{t("fulfilment.to")}</Table.Th>
              <Table.Th>{t("fulfilment.reported")}</Table.Th>
              <Table.Th>{t("fulfilment.reason")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.deliveryDateChanges.map((c, i) => (
              <Table.Tr key={i}>
                <Table.Td>{formatDate(c.oldDate)}</Table.Td>
                <Table.Td>{formatDate(c.newDate)}</Table.Td>
                <Table.Td>
                  {formatInstant(c.recordedAt)}{" "}
                  {c.fromEarlierAssignment ? (
                    <Badge color="gray" variant="outline">
                      {t("fulfilment.earlierAssignment")}
                    </Badge>
                  ) : (
                    <Badge
                      color={c.inTime ? "green" : "orange"}
                      variant="light"
                    >
                      {c.inTime ? t("fulfilment.inTime") : t("fulfilment.late")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
