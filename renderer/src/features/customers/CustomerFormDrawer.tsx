import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  CustomerFields,
  type CustomerDetail,
} from "../../../../shared/contract";
import { languageNames, languages } from "../../../../shared/i18n/languages";
import { call } from "../../api/client";
import { useDraftForm } from "../../app/use-draft-form";
import { validateWith } from "../../app/form-validation";
import { useCatalog } from "../../app/use-catalog";
import { FormDrawer } from "../../components/FormDrawer";

type Values = Omit<CustomerFields, "externalRef" | "keyAccountReason"> & {
  externalRef: string;
  keyAccountReason: string;
  contacts: NonNullable<CustomerFields["contacts"]>;
  addresses: NonNullable<CustomerFields["addresses"]>;
};

const empty: Values = {
  name: "",
  email: "",
  phone: "",
  language: "nl",
  address: { street: "", postcode: "", city: "", country: "Netherlands" },
  keyAccount: false,
  keyAccountReason: "",
  directMessagingDefault: true,
  contacts: [],
  addresses: [],
  externalRef: "",
};

const valuesOf = (c: CustomerDetail): Values => ({
  name: c.name,
  email: c.email,
  phone: c.phone,
  language: c.language,
  address: { ...c.address },
  keyAccount: c.keyAccount,
  keyAccountReason: "",
  directMessagingDefault: c.directMessagingDefault,
  contacts: c.contacts.map((x) => ({ ...x })),
  addresses: c.addresses.map((x) => ({ ...x })),
  externalRef: c.externalRef ?? "",
});

const toInput = (v: Values, flagChanged: boolean): CustomerFields => ({
  ...v,
  externalRef: v.externalRef.trim() || null,
  keyAccountReason: flagChanged ? v.keyAccountReason : undefined,
});

/** Adds a customer (no `customer`), or edits one. */
export function CustomerFormDrawer({
  customer,
  opened,
  onClose,
}: {
  customer?: CustomerDetail;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation("customers");
  const names = useCatalog();
  const draftKey = customer
    ? `customer:${customer.id}:${customer.version}`
    : "customer:new";
  const initial = customer ? valuesOf(customer) : empty;
  const flagChanged = (v: Values) =>
    customer ? v.keyAccount !== customer.keyAccount : v.keyAccount;
  const draft = useDraftForm<Values>({
    draftKey,
    initial,
    validate: (values) => {
      const errors = validateWith(CustomerFields)(
        toInput(values, flagChanged(values)),
      );
      if (flagChanged(values) && !values.keyAccountReason.trim())
        errors.keyAccountReason = t("form.keyAccountReasonNeeded");
      return errors;
    },
    version: customer?.version,
  });
  const form = draft.form;
  const values = form.getValues();

  const save = async (v: Values) => {
    const input = toInput(v, flagChanged(v));
    const saved = customer
      ? await call("customers.update", {
          ...input,
          id: customer.id,
          version: draft.version ?? customer.version,
        })
      : await call("customers.create", input);
    return customer
      ? { message: t("form.saved", { name: input.name }) }
      : {
          message: t("form.created", { name: input.name }),
          goTo: `/customers/${saved.id}`,
        };
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={
        customer
          ? t("form.editTitle", { name: customer.name })
          : t("form.newTitle")
      }
      draft={draft}
      onSubmit={save}
      submitLabel={customer ? t("form.save") : t("form.create")}
    >
      <TextInput
        label={t("form.name")}
        required
        data-autofocus
        {...form.getInputProps("name")}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t("form.email")}
          type="email"
          required
          {...form.getInputProps("email")}
        />
        <TextInput
          label={t("form.phone")}
          type="tel"
          required
          {...form.getInputProps("phone")}
        />
        <Select
          label={t("form.language")}
          description={t("form.languageHint")}
          data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
          allowDeselect={false}
          {...form.getInputProps("language")}
        />
        <TextInput
          label={t("form.reference")}
          description={t("form.referenceHint")}
          {...form.getInputProps("externalRef")}
        />
      </SimpleGrid>
      <Title order={3} size="h6" mt="xs">
        {t("form.invoiceAddress")}
      </Title>
      <TextInput
        label={t("form.street")}
        required
        {...form.getInputProps("address.street")}
      />
      <SimpleGrid cols={3}>
        <TextInput
          label={t("form.postcode")}
          required
          {...form.getInputProps("address.postcode")}
        />
        <TextInput
          label={t("form.city")}
          required
          {...form.getInputProps("address.city")}
        />
        <TextInput
          label={t("form.country")}
          required
          {...form.getInputProps("address.country")}
        />
      </SimpleGrid>
      <Switch
        mt="xs"
        label={t("form.keyAccount")}
        description={t("form.keyAccountHint")}
        {...form.getInputProps("keyAccount", { type: "checkbox" })}
      />
      {flagChanged(values) && (
        <Textarea
          label={t("form.keyAccountReason")}
          required
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps("keyAccountReason")}
        />
      )}
      <Switch
        label={t("form.directMessaging")}
        description={t("form.directMessagingHint")}
        {...form.getInputProps("directMessagingDefault", { type: "checkbox" })}
      />
      <Group justify="space-between" mt="xs">
        <Title order={3} size="h6">
          {t("form.contacts")}
        </Title>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            form.insertListItem("contacts", {
              name: "",
              email: "",
              phone: "",
              role: "",
            })
          }
        >
          {t("form.addContact")}
        </Button>
      </Group>
      {values.contacts.length === 0 && (
        <Text size="xs" c="dimmed">
          {t("form.noContacts")}
        </Text>
      )}
      {values.contacts.map((_, i) => (
        <Paper key={i} withBorder p="xs">
          <Group align="flex-start" wrap="nowrap">
            <SimpleGrid cols={2} flex={1}>
              <TextInput
                size="xs"
                label={t("form.contactName")}
                required
                {...form.getInputProps(`contacts.${i}.name`)}
              />
              <TextInput
                size="xs"
                label={t("form.contactRole")}
                {...form.getInputProps(`contacts.${i}.role`)}
              />
              <TextInput
                size="xs"
                label={t("form.email")}
                required
                {...form.getInputProps(`contacts.${i}.email`)}
              />
              <TextInput
                size="xs"
                label={t("form.phone")}
                {...form.getInputProps(`contacts.${i}.phone`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("form.removeContact", { number: i + 1 })}
              onClick={() => form.removeListItem("contacts", i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between" mt="xs">
        <Title order={3} size="h6">
          {t("form.addresses")}
        </Title>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            form.insertListItem("addresses", {
              label: "",
              street: "",
              postcode: "",
              city: "",
              country: "Netherlands",
              region: "",
            })
          }
        >
          {t("form.addAddress")}
        </Button>
      </Group>
      {values.addresses.length === 0 && (
        <Text size="xs" c="dimmed">
          {t("form.noAddresses")}
        </Text>
      )}
      {values.addresses.map((a, i) => (
        <Paper key={i} withBorder p="xs">
          <Group align="flex-start" wrap="nowrap">
            <Stack gap={6} flex={1}>
              <SimpleGrid cols={2}>
                <TextInput
                  size="xs"
                  label={t("form.addressLabel")}
                  {...form.getInputProps(`addresses.${i}.label`)}
                />
                <Select
                  size="xs"
                  label={t("form.region")}
                  required
                  searchable
                  data={names.regionOptions(a.region ? [a.region] : [])}
                  {...form.getInputProps(`addresses.${i}.region`)}
                />
              </SimpleGrid>
              <TextInput
                size="xs"
                label={t("form.street")}
                required
                {...form.getInputProps(`addresses.${i}.street`)}
              />
              <SimpleGrid cols={3}>
                <TextInput
                  size="xs"
                  label={t("form.postcode")}
                  required
                  {...form.getInputProps(`addresses.${i}.postcode`)}
                />
                <TextInput
                  size="xs"
                  label={t("form.city")}
                  required
                  {...form.getInputProps(`addresses.${i}.city`)}
                />
                <TextInput
                  size="xs"
                  label={t("form.country")}
                  required
                  {...form.getInputProps(`addresses.${i}.country`)}
                />
              </SimpleGrid>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("form.removeAddress", { number: i + 1 })}
              onClick={() => form.removeListItem("addresses", i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
    </FormDrawer>
  );
}
