import { Anchor, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { UnmatchedMail } from "../../../../shared/contract";
import { useOperation } from "../../api/use-operation";
import { useCan } from "../../app/use-can";
import { EmptyNote } from "../../components/EmptyNote";
import { PageHeader } from "../../components/PageHeader";
import { formatCount, formatInstant } from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { AttachMailDialog } from "./AttachMailDialog";
import { DiscardMailDialog } from "./DiscardMailDialog";

/** Mail from the mailbox that no thread took by itself, newest first, for staff to place. */
export function UnmatchedMailPage() {
  const { t } = useTranslation("messages");
  const list = useOperation("mail.unmatched", { limit: 200 });
  const canWrite = useCan("writeMessages");
  const [attaching, setAttaching] = useState<UnmatchedMail | null>(null);
  const [discarding, setDiscarding] = useState<UnmatchedMail | null>(null);
  return (
    <Stack p="md" gap="sm">
      <PageHeader
        title={t("unmatched.title")}
        summary={
          list.data &&
          t("unmatched.summary", {
            count: list.data.total,
            total: formatCount(list.data.total),
          })
        }
      >
        <Anchor component={Link} to="/messages" size="sm">
          {t("unmatched.backToInbox")}
        </Anchor>
      </PageHeader>
      {!list.data ? (
        <LoadState
          error={list.error}
          retry={() => void list.refetch()}
          label={t("unmatched.loading")}
        />
      ) : list.data.rows.length === 0 ? (
        <EmptyNote>{t("unmatched.empty")}</EmptyNote>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("unmatched.received")}</Table.Th>
              <Table.Th>{t("unmatched.from")}</Table.Th>
              <Table.Th>{t("unmatched.mail")}</Table.Th>
              <Table.Th>{t("unmatched.why")}</Table.Th>
              <Table.Th>{t("unmatched.order")}</Table.Th>
              {canWrite && <Table.Th aria-label={t("unmatched.actions")} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((mail) => (
              <Table.Tr key={mail.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {formatInstant(mail.receivedAt)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{mail.fromName ?? mail.fromAddress}</Text>
                  {mail.fromName && (
                    <Text size="xs" c="dimmed">
                      {mail.fromAddress}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={420}>
                  <Text size="sm" fw={600} truncate>
                    {mail.subject}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {mail.snippet}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="orange.9" style={{ whiteSpace: "nowrap" }}>
                    {t(`unmatched.reasonOf.${mail.reason}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {mail.order && (
                    <Anchor
                      component={Link}
                      to={`/orders/${mail.order.id}?tab=messages`}
                      size="sm"
                      style={{ whiteSpace: "nowrap" }}
                    >
                      {mail.order.number}
                    </Anchor>
                  )}
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-sm"
                        onClick={() => setAttaching(mail)}
                      >
                        {t("unmatched.attach")}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => setDiscarding(mail)}
                      >
                        {t("unmatched.discard")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {attaching && (
        <AttachMailDialog mail={attaching} onClose={() => setAttaching(null)} />
      )}
      {discarding && (
        <DiscardMailDialog
          mail={discarding}
          onClose={() => setDiscarding(null)}
        />
      )}
    </Stack>
  );
}
