import {
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IntegrationRow } from "../../../../../shared/contract";
import { call } from "../../../api/client";
import { useChange } from "../../../api/use-change";
import { useOperation } from "../../../api/use-operation";
import { formatInstant } from "../../../components/format";
import { LoadState } from "../../../components/LoadState";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { NewIntegrationForm } from "./NewIntegrationForm";
import { PepperForm } from "./PepperForm";
import { WebhooksDrawer } from "./WebhooksDrawer";

/** Admin: the keys the Cutr platform calls the integration API with; made here, shown once. */
export function IntegrationsPanel() {
  const { t } = useTranslation("settings");
  // Last use and the webhooks' counts change while nobody here acts.
  const overview = useOperation("integrations.list", {}, { refreshMs: 15_000 });
  const { run, pending } = useChange();
  const [revoking, setRevoking] = useState<IntegrationRow | null>(null);
  const [webhooksOf, setWebhooksOf] = useState<number | null>(null);

  const revoke = async (integration: IntegrationRow) => {
    const done = await run(
      () => call("integrations.revoke", { id: integration.id }),
      () => t("integrations.revoked", { name: integration.name }),
    );
    if (done) setRevoking(null);
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      maw={900}
      component="section"
      aria-label={t("integrations.title")}
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t("integrations.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("integrations.intro")}
          </Text>
        </div>
        {!overview.data ? (
          <LoadState
            error={overview.error}
            retry={() => void overview.refetch()}
            label={t("integrations.loading")}
          />
        ) : (
          <>
            {overview.data.pepper !== "ready" && (
              <PepperForm state={overview.data.pepper} />
            )}
            {overview.data.integrations.length === 0 ? (
              <Text size="sm">
                {overview.data.pepper === "ready"
                  ? t("integrations.empty")
                  : t("integrations.emptyNoPepper")}
              </Text>
            ) : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("integrations.column.name")}</Table.Th>
                    <Table.Th>{t("integrations.column.key")}</Table.Th>
                    <Table.Th>{t("integrations.column.scopes")}</Table.Th>
                    <Table.Th style={{ whiteSpace: "nowrap" }}>
                      {t("integrations.column.lastUsed")}
                    </Table.Th>
                    <Table.Th w={230} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {overview.data.integrations.map((integration) => (
                    <Table.Tr
                      key={integration.id}
                      c={integration.revokedAt ? "dimmed" : undefined}
                    >
                      <Table.Td>
                        <Text size="sm">{integration.name}</Text>
                        <Text size="xs" c="dimmed">
                          {t("integrations.createdBy", {
                            name: integration.createdBy,
                            at: formatInstant(integration.createdAt),
                          })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          ff="monospace"
                          style={{ whiteSpace: "nowrap" }}
                        >
                          {integration.keyPrefix}_…
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {integration.scopes.map((scope) => (
                            <Badge
                              key={scope}
                              variant="light"
                              size="sm"
                              tt="none"
                            >
                              {scope}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {integration.lastUsedAt
                            ? formatInstant(integration.lastUsedAt)
                            : t("integrations.neverUsed")}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap" justify="flex-end">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setWebhooksOf(integration.id)}
                          >
                            {t("webhooks.open", {
                              count: integration.webhooks.filter(
                                (w) => !w.endedAt,
                              ).length,
                            })}
                          </Button>
                          {integration.revokedAt ? (
                            <Badge color="gray" variant="light">
                              {t("integrations.revokedBadge")}
                            </Badge>
                          ) : (
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              onClick={() => setRevoking(integration)}
                            >
                              {t("integrations.revoke")}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {overview.data.pepper === "ready" && (
              <>
                <Divider />
                <NewIntegrationForm />
              </>
            )}
          </>
        )}
      </Stack>
      <WebhooksDrawer
        integration={
          overview.data?.integrations.find((i) => i.id === webhooksOf) ?? null
        }
        onClose={() => setWebhooksOf(null)}
      />
      <ConfirmDialog
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("integrations.revokeTitle", { name: revoking?.name ?? "" })}
        text={t("integrations.revokeText")}
        keepLabel={t("integrations.keep")}
        confirmLabel={t("integrations.revoke")}
        pending={pending}
        onConfirm={() => revoking && void revoke(revoking)}
      />
    </Paper>
  );
}
