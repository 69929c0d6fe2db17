import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { format } from "date-fns";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useCan } from "../../app/use-can";
import { CancelAssignmentDialog } from "./CancelAssignmentDialog";
import { CancelOrderDialog } from "./CancelOrderDialog";
import { OrderFormDrawer } from "./OrderFormDrawer";
import { StatusActions } from "./StatusActions";
import { useOperation } from "../../api/use-operation";
import {
  formatDate,
  formatEuros,
  formatInstant,
  formatRating,
} from "../../components/format";
import { LoadState } from "../../components/LoadState";
import { StatusBadge } from "../../components/StatusBadge";
import { TierBadge } from "../../components/TierBadge";
import { FilesTab } from "./FilesTab";
import { FulfilmentTab } from "./FulfilmentTab";
import { HistoryTab } from "./HistoryTab";
import { MessagesTab } from "./MessagesTab";
import { ProjectTab } from "./ProjectTab";
import { RatingTab } from "./RatingTab";

export function OrderPage() {
  const { t } = useTranslation("orders");
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const mayDispatch = useCan("dispatch");
  const mayEditOrders = useCan("editOrders");
  const [cancelling, setCancelling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const order = useOperation(
    "orders.get",
    { id },
    { enabled: Number.isInteger(id) && id > 0 },
  );
  if (!order.data)
    return (
      <LoadState
        error={order.error}
        retry={() => void order.refetch()}
        label={t("page.what")}
      />
    );
  const o = order.data;
  const today = format(new Date(), "yyyy-MM-dd");
  return (
    <Stack p="md" gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/orders" size="sm">
          {t("page.breadcrumb")}
        </Anchor>
        <Text size="sm">{o.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" ff="monospace">
              {o.number}
            </Title>
            <StatusBadge status={o.status} />
            {o.keyAccount && (
              <Badge color="violet" variant="filled">
                {t("page.keyAccount")}
              </Badge>
            )}
          </Group>
          <Text size="lg">{o.title}</Text>
          <Text size="sm" c="dimmed">
            <Anchor
              component={Link}
              to={`/customers/${o.customer.id}`}
              inherit
              underline="always"
            >
              {o.customer.name}
            </Anchor>{" "}
            · {o.deliveryAddress.street}, {o.deliveryAddress.postcode}{" "}
            {o.deliveryAddress.city}, {o.deliveryAddress.country}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          {o.partner ? (
            <Group gap="xs">
              <Anchor component={Link} to={`/partners/${o.partner.id}`}>
                {o.partner.name}
              </Anchor>
              <TierBadge tier={o.partner.tier} />
              <Text size="sm" c="dimmed">
                {formatRating(o.partner.rating)}
              </Text>
            </Group>
          ) : (
            <Text c="dimmed">{t("page.noPartner")}</Text>
          )}
          <StatusActions order={o} />
          {mayEditOrders &&
            (o.status === "open" || o.status === "assigned") && (
              <Group gap="xs">
                {o.status === "open" && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setEditing(true)}
                  >
                    {t("actions.edit")}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setWithdrawing(true)}
                >
                  {t("actions.cancelOrder")}
                </Button>
              </Group>
            )}
          {o.partner &&
            mayDispatch &&
            (o.status === "assigned" || o.status === "ready") && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setCancelling(true)}
              >
                {t("page.cancelAssignment")}
              </Button>
            )}
          <Text size="sm">
            {t(
              o.packaging === "pallet"
                ? "page.deliveryPallets"
                : "page.deliveryBoxes",
              { date: formatDate(o.requestedDeliveryDate), count: o.boxCount },
            )}
          </Text>
          <Text size="sm" c="dimmed">
            {t("page.value", {
              value: formatEuros(o.valueCents),
              price: formatEuros(o.agreedPriceCents),
            })}
          </Text>
        </Stack>
      </Group>
      {o.status === "cancelled" && o.cancelledAt && (
        <Alert color="gray" variant="light">
          {t("cancelled.banner", {
            when: formatInstant(o.cancelledAt),
            reason: o.cancelReason ?? "",
          })}
        </Alert>
      )}
      {editing && (
        <OrderFormDrawer
          order={o}
          opened={editing}
          onClose={() => setEditing(false)}
        />
      )}
      <CancelOrderDialog
        order={o}
        opened={withdrawing}
        onClose={() => setWithdrawing(false)}
      />
      <Tabs
        value={params.get("tab") ?? "project"}
        onChange={(tab) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set("tab", tab ?? "project");
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="project">{t("page.tab.project")}</Tabs.Tab>
          <Tabs.Tab value="fulfilment">{t("page.tab.fulfilment")}</Tabs.Tab>
          <Tabs.Tab value="files">{t("page.tab.files")}</Tabs.Tab>
          <Tabs.Tab value="messages">{t("page.tab.messages")}</Tabs.Tab>
          <Tabs.Tab value="rating">{t("page.tab.rating")}</Tabs.Tab>
          <Tabs.Tab value="history">{t("page.tab.history")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="project" pt="md">
          <ProjectTab order={o} today={today} />
        </Tabs.Panel>
        <Tabs.Panel value="fulfilment" pt="md">
          <FulfilmentTab order={o} />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FilesTab order={o} />
        </Tabs.Panel>
        <Tabs.Panel value="messages" pt="md">
          <MessagesTab orderId={o.id} />
        </Tabs.Panel>
        <Tabs.Panel value="rating" pt="md">
          <RatingTab order={o} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab order={o} />
        </Tabs.Panel>
      </Tabs>
      {o.partner && (
        <CancelAssignmentDialog
          orderId={o.id}
          orderVersion={o.version}
          orderNumber={o.number}
          partnerName={o.partner.name}
          opened={cancelling}
          onClose={() => setCancelling(false)}
        />
      )}
    </Stack>
  );
}
