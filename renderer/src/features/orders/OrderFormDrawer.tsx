import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  OrderFields,
  type CustomerDetail,
  type OrderDetail,
  type OrderItemInput,
} from "../../../../shared/contract";
import { packagingKinds } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { useDraftForm } from "../../app/use-draft-form";
import { validateWith } from "../../app/form-validation";
import { useCatalog } from "../../app/use-catalog";
import { BusinessDateInput } from "../../components/BusinessDateInput";
import { decimalSeparator } from "../../components/format";
import { FormDrawer } from "../../components/FormDrawer";

type Euros = number | string;
type Values = {
  customerId: string;
  title: string;
  deliveryAddress: OrderFields["deliveryAddress"];
  region: string;
  requestedDeliveryDate: string;
  value: Euros;
  agreedPrice: Euros;
  items: (Omit<
    OrderItemInput,
    "lengthMm" | "widthMm" | "thicknessMm" | "quantity"
  > & {
    lengthMm: number | string;
    widthMm: number | string;
    thicknessMm: number | string;
    quantity: number | string;
  })[];
  capabilities: string[];
  requiresProductionDrawing: boolean;
  requiresSamplePicture: boolean;
  requiresInstallation: boolean;
  directMessaging: boolean;
  packaging: "box" | "pallet";
  boxCount: number | string;
  notes: string;
  externalRef: string;
};

const newItem = () => ({
  part: "",
  material: "",
  lengthMm: "",
  widthMm: "",
  thicknessMm: "",
  quantity: 1,
});

const cents = (euros: Euros) =>
  euros === "" ? Number.NaN : Math.round(Number(euros) * 100);
const whole = (n: number | string) => (n === "" ? Number.NaN : Number(n));

function emptyFor(customer: CustomerDetail | null): Values {
  // Delivered to the customer's first delivery address, else to its invoice address.
  const address = customer?.addresses[0] ?? customer?.address;
  return {
    customerId: customer ? String(customer.id) : "",
    title: "",
    deliveryAddress: address
      ? {
          street: address.street,
          postcode: address.postcode,
          city: address.city,
          country: address.country,
        }
      : { street: "", postcode: "", city: "", country: "Netherlands" },
    region: customer?.addresses[0]?.region ?? "",
    requestedDeliveryDate: "",
    value: "",
    agreedPrice: "",
    items: [newItem()],
    capabilities: [],
    requiresProductionDrawing: false,
    requiresSamplePicture: false,
    requiresInstallation: false,
    directMessaging: customer?.directMessagingDefault ?? true,
    packaging: "box",
    boxCount: 1,
    notes: "",
    externalRef: "",
  };
}

const valuesOf = (o: OrderDetail): Values => ({
  customerId: String(o.customerId),
  title: o.title,
  deliveryAddress: { ...o.deliveryAddress },
  region: o.region,
  requestedDeliveryDate: o.requestedDeliveryDate,
  value: o.valueCents / 100,
  agreedPrice: o.agreedPriceCents / 100,
  items: o.items.map(({ position: _p, ...item }) => ({ ...item })),
  capabilities: [...o.capabilities],
  requiresProductionDrawing: o.requiresProductionDrawing,
  requiresSamplePicture: o.requiresSamplePicture,
  requiresInstallation: o.requiresInstallation,
  directMessaging: o.directMessaging,
  packaging: o.packaging,
  boxCount: o.boxCount,
  notes: o.notes ?? "",
  externalRef: o.externalRef ?? "",
});

const toInput = (v: Values): OrderFields => ({
  customerId: Number(v.customerId) || 0,
  title: v.title,
  deliveryAddress: v.deliveryAddress,
  region: v.region,
  requestedDeliveryDate: v.requestedDeliveryDate,
  valueCents: cents(v.value),
  agreedPriceCents: cents(v.agreedPrice),
  items: v.items.map((i) => ({
    part: i.part,
    material: i.material,
    lengthMm: whole(i.lengthMm),
    widthMm: whole(i.widthMm),
    thicknessMm: whole(i.thicknessMm),
    quantity: whole(i.quantity),
  })),
  capabilities: v.capabilities,
  requiresProductionDrawing: v.requiresProductionDrawing,
  requiresSamplePicture: v.requiresSamplePicture,
  requiresInstallation: v.requiresInstallation,
  directMessaging: v.directMessaging,
  packaging: v.packaging,
  boxCount: whole(v.boxCount),
  notes: v.notes.trim() || null,
  externalRef: v.externalRef.trim() || null,
});

/** The contract's field a form field's error belongs to ("valueCents" is typed in as "value"). */
function formErrors(values: Values) {
  const errors = validateWith(OrderFields)(toInput(values));
  const renamed: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(errors))
    renamed[
      path
        .replace(/^valueCents$/, "value")
        .replace(/^agreedPriceCents$/, "agreedPrice")
    ] = message;
  return renamed as Record<string, string>;
}

/** Enters an order the shop sold (no `order`), or edits an open one. */
export function OrderFormDrawer({
  order,
  customer = null,
  opened,
  onClose,
}: {
  order?: OrderDetail;
  customer?: CustomerDetail | null;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation("orders");
  const names = useCatalog();
  const draftKey = order
    ? `order:${order.id}:${order.version}`
    : `order:new:${customer?.id ?? ""}`;
  const initial = order ? valuesOf(order) : emptyFor(customer);
  const draft = useDraftForm<Values>({
    draftKey,
    initial,
    validate: formErrors,
    version: order?.version,
  });
  const form = draft.form;
  const values = form.getValues();
  const [customerSearch, setCustomerSearch] = useState("");
  const [search] = useDebouncedValue(customerSearch.trim(), 200);
  const customers = useOperation(
    "customers.list",
    { limit: 50, filter: search ? { search } : {} },
    { keepPrevious: true, enabled: !order && !customer },
  );
  const chosenCustomer = useOperation(
    "customers.get",
    { id: Number(values.customerId) },
    { enabled: !order && Number(values.customerId) > 0 },
  );
  const addresses = chosenCustomer.data?.addresses ?? customer?.addresses ?? [];
  const separator = decimalSeparator();
  const euros = {
    decimalScale: 2,
    fixedDecimalScale: true,
    decimalSeparator: separator,
    thousandSeparator: separator === "," ? "." : ",",
    prefix: "€ ",
    min: 0,
  } as const;

  /** A customer picked: its direct-messaging default, and its address where none was typed yet. */
  const chooseCustomer = async (value: string | null) => {
    form.setFieldValue("customerId", value ?? "");
    if (!value) return;
    const chosen = await call("customers.get", { id: Number(value) });
    const fresh = emptyFor(chosen);
    if (!form.isTouched("directMessaging"))
      form.setFieldValue("directMessaging", fresh.directMessaging);
    if (!form.getValues().deliveryAddress.street) {
      form.setFieldValue("deliveryAddress", fresh.deliveryAddress);
      if (fresh.region) form.setFieldValue("region", fresh.region);
    }
  };

  const save = async (v: Values) => {
    const input = toInput(v);
    const saved = order
      ? await call("orders.update", {
          ...(({ customerId: _c, ...rest }) => rest)(input),
          id: order.id,
          version: draft.version ?? order.version,
        })
      : await call("orders.create", input);
    return order
      ? { message: t("form.saved", { number: saved.number }) }
      : {
          message: t("form.created", { number: saved.number }),
          goTo: `/orders/${saved.id}`,
        };
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={
        order
          ? t("form.editTitle", { number: order.number })
          : t("form.newTitle")
      }
      draft={draft}
      onSubmit={save}
      submitLabel={order ? t("form.save") : t("form.create")}
    >
      {order || customer ? (
        <Text size="sm">
          {t("form.forCustomer", {
            name: order?.customerName ?? customer?.name ?? "",
          })}
        </Text>
      ) : (
        <Select
          label={t("form.customer")}
          required
          searchable
          data-autofocus
          searchValue={customerSearch}
          onSearchChange={setCustomerSearch}
          data={(customers.data?.rows ?? []).map((c) => ({
            value: String(c.id),
            label: `${c.name} (${c.city})`,
          }))}
          nothingFoundMessage={t("form.noCustomer")}
          {...form.getInputProps("customerId")}
          onChange={(value) => void chooseCustomer(value)}
        />
      )}
      <TextInput
        label={t("form.title")}
        description={t("form.titleHint")}
        required
        {...form.getInputProps("title")}
      />
      <SimpleGrid cols={2}>
        <BusinessDateInput
          label={t("form.requestedDeliveryDate")}
          required
          value={values.requestedDeliveryDate}
          onChange={(date) => form.setFieldValue("requestedDeliveryDate", date)}
          error={form.errors.requestedDeliveryDate}
        />
        <TextInput
          label={t("form.reference")}
          description={t("form.referenceHint")}
          {...form.getInputProps("externalRef")}
        />
        <NumberInput
          label={t("form.value")}
          description={t("form.valueHint")}
          required
          {...euros}
          {...form.getInputProps("value")}
        />
        <NumberInput
          label={t("form.agreedPrice")}
          description={t("form.agreedPriceHint")}
          required
          {...euros}
          {...form.getInputProps("agreedPrice")}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="xs">
        <Title order={3} size="h6">
          {t("form.deliveryAddress")}
        </Title>
        {addresses.length > 0 && (
          <Select
            size="xs"
            aria-label={t("form.useAddress")}
            placeholder={t("form.useAddress")}
            data={addresses.map((a, i) => ({
              value: String(i),
              label: a.label || `${a.street}, ${a.city}`,
            }))}
            value={null}
            onChange={(i) => {
              const a = i === null ? undefined : addresses[Number(i)];
              if (!a) return;
              form.setFieldValue("deliveryAddress", {
                street: a.street,
                postcode: a.postcode,
                city: a.city,
                country: a.country,
              });
              form.setFieldValue("region", a.region);
            }}
            w={240}
          />
        )}
      </Group>
      <TextInput
        label={t("form.street")}
        required
        {...form.getInputProps("deliveryAddress.street")}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t("form.postcode")}
          required
          {...form.getInputProps("deliveryAddress.postcode")}
        />
        <TextInput
          label={t("form.city")}
          required
          {...form.getInputProps("deliveryAddress.city")}
        />
        <TextInput
          label={t("form.country")}
          required
          {...form.getInputProps("deliveryAddress.country")}
        />
        <Select
          label={t("form.region")}
          required
          searchable
          data={names.regionOptions(order ? [order.region] : [])}
          {...form.getInputProps("region")}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="xs">
        <Title order={3} size="h6">
          {t("form.items")}
        </Title>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() => form.insertListItem("items", newItem())}
        >
          {t("form.addItem")}
        </Button>
      </Group>
      {values.items.map((_, i) => (
        <Paper key={i} withBorder p="xs">
          <Group align="flex-start" wrap="nowrap">
            <Stack gap={6} flex={1}>
              <SimpleGrid cols={2}>
                <TextInput
                  size="xs"
                  label={t("form.part")}
                  required
                  {...form.getInputProps(`items.${i}.part`)}
                />
                <TextInput
                  size="xs"
                  label={t("form.material")}
                  required
                  {...form.getInputProps(`items.${i}.material`)}
                />
              </SimpleGrid>
              <SimpleGrid cols={4}>
                <NumberInput
                  size="xs"
                  label={t("form.length")}
                  min={0}
                  allowDecimal={false}
                  {...form.getInputProps(`items.${i}.lengthMm`)}
                />
                <NumberInput
                  size="xs"
                  label={t("form.width")}
                  min={0}
                  allowDecimal={false}
                  {...form.getInputProps(`items.${i}.widthMm`)}
                />
                <NumberInput
                  size="xs"
                  label={t("form.thickness")}
                  min={0}
                  allowDecimal={false}
                  {...form.getInputProps(`items.${i}.thicknessMm`)}
                />
                <NumberInput
                  size="xs"
                  label={t("form.quantity")}
                  min={1}
                  allowDecimal={false}
                  {...form.getInputProps(`items.${i}.quantity`)}
                />
              </SimpleGrid>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={values.items.length === 1}
              aria-label={t("form.removeItem", { number: i + 1 })}
              onClick={() => form.removeListItem("items", i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {typeof form.errors.items === "string" && (
        <Text size="xs" c="red">
          {String(form.errors.items)}
        </Text>
      )}
      <MultiSelect
        label={t("form.capabilities")}
        description={t("form.capabilitiesHint")}
        required
        searchable
        data={names.capabilityOptions(order?.capabilities)}
        {...form.getInputProps("capabilities")}
      />
      <SimpleGrid cols={2}>
        <Checkbox
          label={t("form.requiresProductionDrawing")}
          {...form.getInputProps("requiresProductionDrawing", {
            type: "checkbox",
          })}
        />
        <Checkbox
          label={t("form.requiresSamplePicture")}
          {...form.getInputProps("requiresSamplePicture", { type: "checkbox" })}
        />
        <Checkbox
          label={t("form.requiresInstallation")}
          {...form.getInputProps("requiresInstallation", { type: "checkbox" })}
        />
        <Checkbox
          label={t("form.directMessaging")}
          {...form.getInputProps("directMessaging", { type: "checkbox" })}
        />
      </SimpleGrid>
      <Group align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("form.packaging")}
          </Text>
          <SegmentedControl
            data={packagingKinds.map((p) => ({
              value: p,
              label: t(`form.packagingKind.${p}`),
            }))}
            {...form.getInputProps("packaging")}
          />
        </Stack>
        <NumberInput
          label={t("form.boxCount")}
          min={1}
          max={999}
          allowDecimal={false}
          w={160}
          {...form.getInputProps("boxCount")}
        />
      </Group>
      <Textarea
        label={t("form.notes")}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps("notes")}
      />
    </FormDrawer>
  );
}
