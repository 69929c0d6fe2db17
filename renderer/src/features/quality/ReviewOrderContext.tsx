import {
  Anchor,
  Badge,
  Group,
  List,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OrderFile } from "../../../../shared/contract";
import { useOperation } from "../../api/use-operation";
import { LoadState } from "../../components/LoadState";
import { FileThumb } from "../files/FileThumb";
import { FileViewer } from "../files/FileViewer";
import { ReviewStateBadge } from "../files/ReviewStateBadge";

/** Beside the photo: what the order asks for, and what the partner sent before. */
export function ReviewOrderContext({ file }: { file: OrderFile }) {
  const { t } = useTranslation(["quality", "files", "domain"]);
  const order = useOperation("orders.get", { id: file.orderId });
  const files = useOperation("files.list", { orderId: file.orderId });
  const [open, setOpen] = useState<OrderFile | null>(null);
  if (!order.data)
    return <LoadState error={order.error} label={t("context.what")} />;
  const o = order.data;
  const earlier = (files.data ?? []).filter(
    (f) => f.id !== file.id && f.folder !== "signed_packing_slip",
  );
  return (
    <Stack gap="sm">
      <div>
        <Anchor component={Link} to={`/orders/${o.id}`} fw={600}>
          {o.number}
        </Anchor>
        <Text size="sm">{o.title}</Text>
        <Text size="xs" c="dimmed">
          {o.partner
            ? t("context.partnerFor", {
                partner: o.partner.name,
                customer: o.customerName,
              })
            : t("context.noPartnerFor", { customer: o.customerName })}
        </Text>
      </div>
      <div>
        <Title order={3} size="h6">
          {t("context.requirements")}
        </Title>
        <Group gap={4} mt={4}>
          <Badge size="xs" variant="outline">
            {t("context.finishedAndPacked")}
          </Badge>
          {o.requiresProductionDrawing && (
            <Badge size="xs" variant="outline">
              {t("domain:folder.production_drawing")}
            </Badge>
          )}
          {o.requiresSamplePicture && (
            <Badge size="xs" variant="outline">
              {t("domain:folder.sample_picture")}
            </Badge>
          )}
        </Group>
        <List size="xs" mt={6} spacing={2}>
          {o.items.map((item) => (
            <List.Item key={item.position}>
              {t("context.item", {
                quantity: item.quantity,
                part: item.part,
                material: item.material,
                length: item.lengthMm,
                width: item.widthMm,
                thickness: item.thicknessMm,
              })}
            </List.Item>
          ))}
        </List>
        {o.notes && (
          <Text size="xs" mt={4}>
            {o.notes}
          </Text>
        )}
      </div>
      <div>
        <Title order={3} size="h6">
          {t("context.otherFiles")}
        </Title>
        {earlier.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("context.noneYet")}
          </Text>
        ) : (
          <Stack gap={6} mt={4}>
            {earlier.map((f) => (
              <Group key={f.id} gap="xs" wrap="nowrap">
                <UnstyledButton
                  onClick={() => setOpen(f)}
                  aria-label={t("files:open", { name: f.name })}
                >
                  <FileThumb file={f} size={64} />
                </UnstyledButton>
                <div>
                  <Text size="xs">{t(`domain:folder.${f.folder}`)}</Text>
                  <ReviewStateBadge state={f.reviewState} />
                  {f.decision?.reason && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {f.decision.reason}
                    </Text>
                  )}
                </div>
              </Group>
            ))}
          </Stack>
        )}
      </div>
      <FileViewer file={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
