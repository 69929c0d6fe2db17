import {
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UnmatchedMail } from "../../../../shared/contract";
import type { ThreadKind } from "../../../../shared/domain";
import { call } from "../../api/client";
import { useChange } from "../../api/use-change";
import { useOperation } from "../../api/use-operation";

/** Posts an unmatched mail to the thread staff choose, as written by its partner or customer. */
export function AttachMailDialog({
  mail,
  onClose,
}: {
  mail: UnmatchedMail;
  onClose: () => void;
}) {
  const { t } = useTranslation("messages");
  const [search, setSearch] = useState(mail.order?.number ?? "");
  const [typed] = useDebouncedValue(search.trim(), 200);
  const [orderId, setOrderId] = useState<string | null>(
    mail.order ? String(mail.order.id) : null,
  );
  const [thread, setThread] = useState<ThreadKind>("cutr");
  const [author, setAuthor] = useState<"partner" | "customer">("partner");
  const found = useOperation(
    "search.global",
    { text: typed, limit: 10 },
    { enabled: typed.length > 0 },
  );
  const options = (found.data?.orders ?? []).map((o) => ({
    value: String(o.id),
    label: `${o.number} · ${o.title} · ${o.partnerName ?? t("unmatched.noPartner")}`,
  }));
  if (mail.order && !options.some((o) => o.value === String(mail.order?.id)))
    options.unshift({ value: String(mail.order.id), label: mail.order.number });
  const { run, pending } = useChange();
  const submit = () =>
    orderId &&
    void run(
      () =>
        call("mail.attach", {
          mailId: mail.id,
          orderId: Number(orderId),
          thread,
          author,
        }),
      () => t("unmatched.attached"),
    ).then((done) => done && onClose());
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("unmatched.attachTitle")}
      size="lg"
    >
      <Stack
        gap="sm"
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
        }}
      >
        <Text size="sm">
          {mail.fromName
            ? `${mail.fromName} <${mail.fromAddress}>`
            : mail.fromAddress}
          {" · "}
          {mail.subject}
        </Text>
        <Select
          label={t("unmatched.order")}
          placeholder={t("unmatched.orderPlaceholder")}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={options}
          value={orderId}
          onChange={setOrderId}
          nothingFoundMessage={typed ? t("unmatched.noOrder") : undefined}
        />
        <Group grow align="flex-start">
          <Input.Wrapper label={t("unmatched.thread")}>
            <SegmentedControl
              fullWidth
              value={thread}
              onChange={(v) => setThread(v as ThreadKind)}
              data={[
                { value: "cutr", label: t("threadKind.cutr") },
                { value: "customer", label: t("threadKind.customer") },
              ]}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t("unmatched.author")}>
            <SegmentedControl
              fullWidth
              value={author}
              onChange={(v) => setAuthor(v as "partner" | "customer")}
              data={[
                { value: "partner", label: t("author.partner") },
                { value: "customer", label: t("author.customer") },
              ]}
            />
          </Input.Wrapper>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("unmatched.cancel")}
          </Button>
          <Button loading={pending} disabled={!orderId} onClick={submit}>
            {t("unmatched.attachNow")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
