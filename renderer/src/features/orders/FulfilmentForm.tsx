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
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrderDetail } from "../../../../shared/contract";
import {
  fulfilmentMethods,
  type FulfilmentMethod,
} from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { notifyConflict } from "../../app/desktop-notices";

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

const dateFieldNames = [
  "materialArrival",
  "plannedCompletion",
  "deliveryDate",
] as const;
type DateField = (typeof dateFieldNames)[number];

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
  const { t } = useTranslation("orders");
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
  // Date fields holding text that is no date: nothing is saved, and the text is kept on reload.
  const [unreadable, setUnreadable] = useState<ReadonlySet<DateField>>(
    new Set(),
  );
  // One handler per field, the same at every render.
  const readsAs = useMemo(
    () =>
      Object.fromEntries(
        dateFieldNames.map((field) => [
          field,
          (isUnreadable: boolean) =>
            setUnreadable((fields) => {
              if (fields.has(field) === isUnreadable) return fields;
              const next = new Set(fields);
              if (isUnreadable) next.add(field);
              else next.delete(field);
              return next;
            }),
        ]),
      ) as Record<DateField, (isUnreadable: boolean) => void>,
    [],
  );
  const server = fieldsOf(order);
  const theirsChanged = !same(server, fieldsOf(base));
  const edited = !same(local, fieldsOf(base)) || unreadable.size > 0;
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
  useEffect(() => {
    // Someone working in another window or app hears of it from the desktop.
    if (conflict) notifyConflict(order.id, order.number);
  }, [conflict, order.id, order.number]);
  const dateFields = [
    ["materialArrival", materialArrival, setMaterialArrival],
    ["plannedCompletion", plannedCompletion, setPlannedCompletion],
    ["deliveryDate", deliveryDate, setDeliveryDate],
  ] as const;
  // A date once recorded is moved, never removed (fulfilment.update has no way to remove one).
  const removed = dateFields
    .filter(([field, value]) => !value && f?.[field] && !unreadable.has(field))
    .map(([field]) => field);
  const movesDelivery =
    Boolean(f?.deliveryDate) &&
    Boolean(deliveryDate) &&
    deliveryDate !== f?.deliveryDate;

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
          ? t("fulfilment.datesSavedCustomerTold")
          : t("fulfilment.datesSaved"),
    ).then((ok) => ok && setReason(""));

  return (
    <Stack gap="md" maw={760}>
      {conflict && (
        <Alert
          color="orange"
          title={t("fulfilment.conflictTitle")}
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">{t("fulfilment.conflictText")}</Text>
            <Group>
              <Button size="xs" variant="default" onClick={onReload}>
                {t("fulfilment.discardMine")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t("fulfilment.dates")}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {dateFields.map(([field, value, setValue]) => (
            <BusinessDateInput
              key={field}
              label={t(`fulfilment.${field}`)}
              value={value}
              onUnreadableChange={readsAs[field]}
              onChange={setValue}
              error={
                removed.includes(field)
                  ? t("fulfilment.dateNotRemovable")
                  : undefined
              }
            />
          ))}
          <Select
            label={t("fulfilment.method")}
            data={fulfilmentMethods.map((m) => ({
              value: m,
              label: t(`method.${m}`),
            }))}
            value={method}
            onChange={(v) => setMethod(v as FulfilmentMethod | null)}
          />
        </SimpleGrid>
        {movesDelivery && (
          <TextInput
            mt="sm"
            label={t("fulfilment.whyMoves")}
            description={t("fulfilment.whyMovesHint")}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={2000}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button
            loading={pending}
            disabled={
              (movesDelivery && !reason.trim()) ||
              unreadable.size > 0 ||
              removed.length > 0
            }
            onClick={() => void save()}
          >
            {t("fulfilment.saveDates")}
          </Button>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t("fulfilment.billing")}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t("fulfilment.invoiceReference")}
            value={reference}
            disabled={noReference}
            onChange={(e) => setReference(e.currentTarget.value)}
            maxLength={100}
            w={260}
          />
          <Checkbox
            label={t("fulfilment.noReference")}
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
                () => t("fulfilment.referenceSaved"),
              )
            }
          >
            {t("fulfilment.saveReference")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t("fulfilment.referenceHint")}
        </Text>
      </Paper>
    </Stack>
  );
}
