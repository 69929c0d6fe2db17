import { Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { OrderDetail } from "../../../../shared/contract";
import { formatDate, formatInstant } from "../../components/format";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { FulfilmentForm } from "./FulfilmentForm";

export function FulfilmentTab({ order }: { order: OrderDetail }) {
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
        <EmptyNote>
          The partner reports fulfilment dates after assignment.
        </EmptyNote>
      ) : (
        <>
          {row("Material arrival", formatDate(f.materialArrival))}
          {row("Planned completion", formatDate(f.plannedCompletion))}
          {row("Delivery date", formatDate(f.deliveryDate))}
          {row(
            "Method",
            f.method
              ? {
                  delivery: "Delivery",
                  installation: "Installation",
                  pickup: "Pick-up",
                }[f.method]
              : "—",
          )}
          {row(
            "Invoice reference",
            f.noInvoiceReference ? "No reference" : (f.invoiceReference ?? "—"),
          )}
        </>
      )}
      <Title order={3} size="h5" mt="md">
        Delivery date changes
      </Title>
      {order.deliveryDateChanges.length === 0 ? (
        <EmptyNote>The delivery date has not been changed.</EmptyNote>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Reported</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.deliveryDateChanges.map((c, i) => (
              <Table.Tr key={i}>
                <Table.Td>{formatDate(c.oldDate)}</Table.Td>
                <Table.Td>{formatDate(c.newDate)}</Table.Td>
                <Table.Td>
                  {formatInstant(c.recordedAt)}{" "}
                  <Badge color={c.inTime ? "green" : "orange"} variant="light">
                    {c.inTime ? "In time" : "Late"}
                  </Badge>
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
