import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import type { OrderDetail } from "../../../../shared/contract";
import {
  fulfilmentMethods,
  type FulfilmentMethod,
} from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";

const methodLabels: Record<FulfilmentMethod, string> = {
  delivery: "Delivery",
  installation: "Installation",
  pickup: "Pick-up",
};

type Fields = [string, string, string, string | null, string, boolean];

function fieldsOf(order: OrderDetail): Fields {
  const f = order.fulfilment;
  return [
    f?.materialArrival ?? "",
    f?.plannedCompletion ?? "",
    f?.deliveryDate ?? "",
    f?.method ?? null,
    f?.invoiceReference ?? "",
    f?.noInvoiceReference ?? false,
  ];
}

const same = (a: Fields, b: Fields) => a.every((value, i) => value === b[i]);

/**
 * Records the partner's fulfilment dates and the invoice reference for them. The fields start
 * from the order as it was when editing began; when someone else changes the same fields
 * meanwhile (team mode's live updates), the form keeps what was typed and says so, instead of
 * replacing it.
 */
export function FulfilmentForm({
  order,
  onReload,
}: {
  order: OrderDetail;
  /** Start again from the order as it is now. */
  onReload: () => void;
}) {
  const [base] = useState(order);
  const f = base.fulfilment;
  const { run, pending } = useChange();
  const [materialArrival, setMaterialArrival] = useState(
    f?.materialArrival ?? "",
  );
  const [plannedCompletion, setPlannedCompletion] = useState(
    f?.plannedCompletion ?? "",
  );
  const [deliveryDate, setDeliveryDate] = useState(f?.deliveryDate ?? "");
  const [method, setMethod] = useState<FulfilmentMethod | null>(
    f?.method ?? null,
  );
  const [reason, setReason] = useState("");
  const [reference, setReference] = useState(f?.invoiceReference ?? "");
  const [noReference, setNoReference] = useState(
    f?.noInvoiceReference ?? false,
  );
  const local: Fields = [
    materialArrival,
    plannedCompletion,
    deliveryDate,
    method,
    reference,
    noReference,
  ];
  const server = fieldsOf(order);
  const theirsChanged = !same(server, fieldsOf(base));
  const edited = !same(local, fieldsOf(base));
  const inSync = same(server, local);
  const conflict = theirsChanged && edited && !inSync;
  useEffect(() => {
    // Nothing typed is lost: only an untouched form, or one that now matches the server, reloads.
    if (
      order.version !== base.version &&
      (inSync || (theirsChanged && !edited))
    )
      onReload();
  }, [order.version, base.version, inSync, theirsChanged, edited, onReload]);
  const movesDelivery =
    Boolean(f?.deliveryDate) && deliveryDate !== f?.deliveryDate;

  const save = () =>
    run(
      () =>
        call("fulfilment.update", {
          orderId: order.id,
          ...(materialArrival ? { materialArrival } : {}),
          ...(plannedCompletion ? { plannedCompletion } : {}),
          ...(deliveryDate ? { deliveryDate } : {}),
          ...(method ? { method } : {}),
          ...(reason.trim() ? { reason } : {}),
        }),
      () =>
        movesDelivery
          ? "Dates saved; the customer is told the new delivery date."
          : "Dates saved.",
    ).then((ok) => ok && setReason(""));

  return (
    <Stack gap="md" maw={760}>
      {conflict && (
        <Alert
          color="orange"
          title="Someone else changed these dates while you were editing"
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              Your entries are kept below. Saving replaces theirs; or discard
              yours to see what they saved.
            </Text>
            <Group>
              <Button size="xs" variant="default" onClick={onReload}>
                Discard mine and show theirs
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          Fulfilment dates
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            type="date"
            label="Material arrival"
            value={materialArrival}
            onChange={(e) => setMaterialArrival(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Planned completion"
            value={plannedCompletion}
            onChange={(e) => setPlannedCompletion(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Delivery date"
            value={deliveryDate}
            onChange={(e) => setDeliveryDate(e.currentTarget.value)}
          />
          <Select
            label="Method"
            data={fulfilmentMethods.map((m) => ({
              value: m,
              label: methodLabels[m],
            }))}
            value={method}
            onChange={(v) => setMethod(v as FulfilmentMethod | null)}
          />
        </SimpleGrid>
        {movesDelivery && (
          <TextInput
            mt="sm"
            label="Why the delivery date moves"
            description="Required: the customer is told, and the change is marked in time or late by the 14-day rule."
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={2000}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button
            loading={pending}
            disabled={movesDelivery && !reason.trim()}
            onClick={() => void save()}
          >
            Save dates
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          Billing
        </Title>
        <Group align="flex-end">
          <TextInput
            label="Invoice reference"
            value={reference}
            disabled={noReference}
            onChange={(e) => setReference(e.currentTarget.value)}
            maxLength={100}
            w={260}
          />
          <Checkbox
            label="No reference"
            checked={noReference}
            onChange={(e) => setNoReference(e.currentTarget.checked)}
            mb={8}
          />
          <Button
            variant="light"
            loading={pending}
            disabled={!noReference && !reference.trim()}
            onClick={() =>
              void run(
                () =>
                  call(
                    "billing.setReference",
                    noReference
                      ? { orderId: order.id, noReference: true }
                      : { orderId: order.id, reference },
                  ),
                () => "Invoice reference saved.",
              )
            }
          >
            Save reference
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          Used on the invoices Cutr makes for the partner (self-billing).
        </Text>
      </Paper>
    </Stack>
  );
}
