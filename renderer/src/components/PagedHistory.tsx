import { Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOperation } from "../api/use-operation";
import { HistoryTable } from "./HistoryTable";
import { LoadState } from "./LoadState";
import { PagePicker } from "./PagePicker";

const pageSize = 20;

/** Every change to a partner or a customer itself, a page at a time: who, when, what and why. */
export function PagedHistory({
  of,
}: {
  of: { partnerId: number } | { customerId: number };
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const paging = { offset: (page - 1) * pageSize, limit: pageSize };
  const partner = useOperation(
    "partners.history",
    { partnerId: "partnerId" in of ? of.partnerId : 0, ...paging },
    { keepPrevious: true, enabled: "partnerId" in of },
  );
  const customer = useOperation(
    "customers.history",
    { customerId: "customerId" in of ? of.customerId : 0, ...paging },
    { keepPrevious: true, enabled: "customerId" in of },
  );
  const history = "partnerId" in of ? partner : customer;
  if (!history.data)
    return (
      <LoadState
        error={history.error}
        retry={() => void history.refetch()}
        label={t("history.loading")}
      />
    );
  return (
    <>
      <HistoryTable entries={history.data.rows} empty={t("history.empty")} />
      {history.data.total > pageSize && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t("history.count", { count: history.data.total })}
          </Text>
          <PagePicker
            total={Math.ceil(history.data.total / pageSize)}
            value={page}
            onChange={setPage}
          />
        </Group>
      )}
    </>
  );
}
