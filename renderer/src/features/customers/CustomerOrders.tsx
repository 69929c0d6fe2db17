import { Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOperation } from "../../api/use-operation";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadState } from "../../components/LoadState";
import { OrderRowsTable } from "../../components/OrderRowsTable";
import { PagePicker } from "../../components/PagePicker";

const pageSize = 20;

/** The customer's orders, newest first, a page at a time. */
export function CustomerOrders({ customerId }: { customerId: number }) {
  const { t } = useTranslation("customers");
  const [page, setPage] = useState(1);
  const orders = useOperation(
    "orders.list",
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      sort: { column: "createdAt", direction: "desc" },
      filter: { customerId },
    },
    { keepPrevious: true },
  );
  if (!orders.data)
    return (
      <LoadState
        error={orders.error}
        retry={() => void orders.refetch()}
        label={t("detail.ordersLoading")}
      />
    );
  if (orders.data.total === 0)
    return <EmptyNote>{t("detail.noOrders")}</EmptyNote>;
  return (
    <>
      <OrderRowsTable rows={orders.data.rows} show="partner" />
      {orders.data.total > pageSize && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t("detail.orderCount", { count: orders.data.total })}
          </Text>
          <PagePicker
            total={Math.ceil(orders.data.total / pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </>
  );
}
