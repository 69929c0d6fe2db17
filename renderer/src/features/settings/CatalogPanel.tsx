import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Modal } from "../../components/Modal";
import { getHotkeyHandler } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogEntry } from "../../../../shared/contract";
import {
  capabilityKinds,
  type CapabilityKind,
  type CatalogList,
} from "../../../../shared/domain";
import { call } from "../../api/client";
import { useOperation } from "../../api/use-operation";
import { shortcutItems } from "../../app/shortcuts";

interface Editing {
  list: CatalogList;
  entry: CatalogEntry | null;
}

/**
 * The lists admins keep: the capabilities partners have and orders need, and the regions they
 * serve. An entry is added or renamed here; retiring one keeps it on what uses it (shown) and
 * offers it for nothing new.
 */
export function CatalogPanel({ editable }: { editable: boolean }) {
  const { t } = useTranslation(["settings", "domain"]);
  const catalog = useOperation("catalog.list", {});
  const usage = useOperation("catalog.usage", {});
  const usedBy = (code: string) =>
    (tab === "capability"
      ? usage.data?.capabilities[code]
      : usage.data?.regions[code]) ?? { partners: 0, orders: 0 };
  const [tab, setTab] = useState<CatalogList>("capability");
  const [editing, setEditing] = useState<Editing | null>(null);
  const [retiring, setRetiring] = useState<CatalogEntry | null>(null);
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const entries =
    (tab === "capability"
      ? catalog.data?.capabilities
      : catalog.data?.regions) ?? [];

  const retire = async (entry: CatalogEntry) => {
    setError(null);
    try {
      await call("catalog.retire", {
        list: tab,
        code: entry.code,
        retired: !entry.retired,
        version: entry.version,
      });
      await queryClient.invalidateQueries();
      setRetiring(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Paper withBorder p="md" radius="md" maw={900}>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">
              {t("catalog.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("catalog.intro")}
            </Text>
          </div>
          {editable && (
            <Button
              size="xs"
              onClick={() => setEditing({ list: tab, entry: null })}
            >
              {t(`catalog.add.${tab}`)}
            </Button>
          )}
        </Group>
        <SegmentedControl
          value={tab}
          onChange={(v) => setTab(v as CatalogList)}
          data={[
            { value: "capability", label: t("catalog.capabilities") },
            { value: "region", label: t("catalog.regions") },
          ]}
          w="fit-content"
        />
        {error && <Alert color="red">{error}</Alert>}
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("catalog.column.en")}</Table.Th>
              <Table.Th>{t("catalog.column.nl")}</Table.Th>
              {tab === "capability" && (
                <Table.Th>{t("catalog.column.kind")}</Table.Th>
              )}
              <Table.Th>{t("catalog.column.code")}</Table.Th>
              <Table.Th>{t("catalog.column.usedBy")}</Table.Th>
              {editable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr
                key={entry.code}
                c={entry.retired ? "dimmed" : undefined}
              >
                <Table.Td>
                  {entry.names.en}{" "}
                  {entry.retired && (
                    <Badge size="xs" color="gray">
                      {t("catalog.retired")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{entry.names.nl}</Table.Td>
                {tab === "capability" && (
                  <Table.Td>
                    {entry.kind && t(`domain:capabilityKind.${entry.kind}`)}
                  </Table.Td>
                )}
                <Table.Td ff="monospace">{entry.code}</Table.Td>
                <Table.Td>
                  {usage.data &&
                    t("catalog.usage", {
                      partners: usedBy(entry.code).partners,
                      orders: usedBy(entry.code).orders,
                    })}
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setEditing({ list: tab, entry })}
                        aria-label={t("catalog.renameOf", {
                          name: entry.names.en,
                        })}
                      >
                        {t("catalog.rename")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color={entry.retired ? "blue" : "red"}
                        onClick={() =>
                          entry.retired
                            ? void retire(entry)
                            : setRetiring(entry)
                        }
                        aria-label={t(
                          entry.retired
                            ? "catalog.restoreOf"
                            : "catalog.retireOf",
                          { name: entry.names.en },
                        )}
                      >
                        {entry.retired
                          ? t("catalog.restore")
                          : t("catalog.retire")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && (
        <CatalogEntryDialog
          editing={editing}
          onClose={() => setEditing(null)}
        />
      )}
      <Modal
        opened={retiring !== null}
        onClose={() => setRetiring(null)}
        title={t("catalog.retireTitle", { name: retiring?.names.en ?? "" })}
        centered
      >
        {retiring && (
          <Stack gap="sm">
            <Text size="sm">
              {t("catalog.retireText", {
                partners: usedBy(retiring.code).partners,
                orders: usedBy(retiring.code).orders,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRetiring(null)}>
                {t("catalog.keep")}
              </Button>
              <Button color="red" onClick={() => void retire(retiring)}>
                {t("catalog.retire")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

/** Adds an entry to a list, or renames one (its code stays: what uses it keeps it). */
function CatalogEntryDialog({
  editing,
  onClose,
}: {
  editing: Editing;
  onClose(): void;
}) {
  const { t } = useTranslation(["settings", "domain"]);
  const queryClient = useQueryClient();
  const { list, entry } = editing;
  const [code, setCode] = useState(entry?.code ?? "");
  const [en, setEn] = useState(entry?.names.en ?? "");
  const [nl, setNl] = useState(entry?.names.nl ?? "");
  const [kind, setKind] = useState<CapabilityKind>(entry?.kind ?? "process");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await call("catalog.save", {
        list,
        code: code.trim(),
        names: { en: en.trim(), nl: nl.trim() },
        ...(list === "capability" ? { kind } : {}),
        ...(entry ? { version: entry.version } : {}),
      });
      await queryClient.invalidateQueries();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        entry
          ? t("catalog.renameTitle", { name: entry.names.en })
          : t(`catalog.add.${list}`)
      }
      centered
    >
      <Stack
        gap="sm"
        onKeyDown={getHotkeyHandler(shortcutItems("submit", () => void save()))}
      >
        <SimpleGrid cols={2}>
          <TextInput
            label={t("catalog.column.en")}
            required
            value={en}
            onChange={(e) => setEn(e.currentTarget.value)}
            data-autofocus
          />
          <TextInput
            label={t("catalog.column.nl")}
            required
            value={nl}
            onChange={(e) => setNl(e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t("catalog.column.code")}
          description={entry ? t("catalog.codeFixed") : t("catalog.codeHint")}
          required
          disabled={entry !== null}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        {list === "capability" && (
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as CapabilityKind)}
            data={capabilityKinds.map((k) => ({
              value: k,
              label: t(`domain:capabilityKind.${k}`),
            }))}
          />
        )}
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t("catalog.cancel")}
          </Button>
          <Button loading={saving} onClick={() => void save()}>
            {t("catalog.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
