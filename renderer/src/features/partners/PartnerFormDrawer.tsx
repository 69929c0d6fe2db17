import {
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PartnerFields, type PartnerDetail } from "../../../../shared/contract";
import { communicationSettings } from "../../../../shared/domain";
import { languageNames, languages } from "../../../../shared/i18n/languages";
import { call } from "../../api/client";
import { useDraftForm } from "../../app/use-draft-form";
import { validateWith } from "../../app/form-validation";
import { useCatalog } from "../../app/use-catalog";
import { FormDrawer } from "../../components/FormDrawer";

type Values = Omit<PartnerFields, "externalRef" | "capacity"> & {
  externalRef: string;
  capacity: number | string;
};

const empty: Values = {
  name: "",
  contactName: "",
  email: "",
  phone: "",
  language: "nl",
  address: { street: "", postcode: "", city: "", country: "Netherlands" },
  regions: [],
  capabilities: [],
  capacity: 4,
  communication: "customer_chat_allowed",
  externalRef: "",
};

const valuesOf = (p: PartnerDetail): Values => ({
  name: p.name,
  contactName: p.contactName,
  email: p.email,
  phone: p.phone,
  language: p.language,
  address: { ...p.address },
  regions: [...p.regions],
  capabilities: [...p.capabilities],
  capacity: p.capacity,
  communication: p.communication,
  externalRef: p.externalRef ?? "",
});

const toInput = (v: Values): PartnerFields => ({
  ...v,
  capacity: typeof v.capacity === "number" ? v.capacity : Number(v.capacity),
  externalRef: v.externalRef.trim() || null,
});

/** Onboards a partner (no `partner`), or edits one. */
export function PartnerFormDrawer({
  partner,
  opened,
  onClose,
}: {
  partner?: PartnerDetail;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation(["partners", "domain"]);
  const names = useCatalog();
  const draftKey = partner
    ? `partner:${partner.id}:${partner.version}`
    : "partner:new";
  const initial = partner ? valuesOf(partner) : empty;
  const draft = useDraftForm<Values>({
    draftKey,
    initial,
    validate: (values) => validateWith(PartnerFields)(toInput(values)),
    version: partner?.version,
  });
  const form = draft.form;

  const save = async (values: Values) => {
    const input = toInput(values);
    const saved = partner
      ? await call("partners.update", {
          ...input,
          id: partner.id,
          version: draft.version ?? partner.version,
        })
      : await call("partners.create", input);
    return partner
      ? { message: t("form.saved", { name: input.name }) }
      : {
          message: t("form.created", { name: input.name }),
          goTo: `/partners/${saved.id}`,
        };
  };

  return (
    <FormDrawer
      opened={opened}
      onClose={onClose}
      title={
        partner
          ? t("form.editTitle", { name: partner.name })
          : t("form.newTitle")
      }
      draft={draft}
      onSubmit={save}
      submitLabel={partner ? t("form.save") : t("form.create")}
    >
      <TextInput
        label={t("form.name")}
        required
        data-autofocus
        {...form.getInputProps("name")}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t("form.contactName")}
          required
          {...form.getInputProps("contactName")}
        />
        <TextInput
          label={t("form.reference")}
          description={t("form.referenceHint")}
          {...form.getInputProps("externalRef")}
        />
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
      </SimpleGrid>
      <Title order={3} size="h6" mt="xs">
        {t("form.address")}
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
      <Title order={3} size="h6" mt="xs">
        {t("form.work")}
      </Title>
      <MultiSelect
        label={t("form.capabilities")}
        required
        searchable
        data={names.capabilityOptions(partner?.capabilities)}
        {...form.getInputProps("capabilities")}
      />
      <MultiSelect
        label={t("form.regions")}
        required
        searchable
        data={names.regionOptions(partner?.regions)}
        {...form.getInputProps("regions")}
      />
      <Group align="flex-start" grow>
        <NumberInput
          label={t("form.capacity")}
          description={t("form.capacityHint")}
          required
          min={1}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps("capacity")}
        />
        <Select
          label={t("form.language")}
          description={t("form.languageHint")}
          data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
          allowDeselect={false}
          {...form.getInputProps("language")}
        />
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("form.communication")}
        </Text>
        <SegmentedControl
          data={communicationSettings.map((s) => ({
            value: s,
            label: t(`domain:communicationSetting.${s}`),
          }))}
          {...form.getInputProps("communication")}
        />
      </Stack>
    </FormDrawer>
  );
}
