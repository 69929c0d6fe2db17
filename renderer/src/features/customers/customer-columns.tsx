import { Badge, Text } from "@mantine/core";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CustomerRow, CustomerSort } from "../../../../shared/contract";
import { languageNames } from "../../../../shared/i18n/languages";
import { formatCount, formatDate } from "../../components/format";

const column = createColumnHelper<CustomerRow>();

export const sortOf: Record<string, CustomerSort["column"] | undefined> = {
  name: "name",
  city: "city",
  orderCount: "orders",
  createdAt: "createdAt",
};

export const growingColumns = new Set(["name", "email"]);

/** The Customers list's columns, headed in the user's language. */
export function useCustomerColumns() {
  const { t } = useTranslation("customers");
  return useMemo(
    () => [
      column.accessor("name", {
        header: t("list.column.name"),
        size: 200,
        cell: (c) => (
          <Text size="sm" truncate fw={500}>
            {c.getValue()}
          </Text>
        ),
      }),
      column.accessor("keyAccount", {
        header: t("list.column.keyAccount"),
        size: 140,
        cell: (c) =>
          c.getValue() ? (
            <Badge size="sm" variant="light" color="violet">
              {t("list.keyAccount")}
            </Badge>
          ) : null,
      }),
      column.accessor("city", {
        header: t("list.column.city"),
        size: 150,
        cell: (c) => (
          <Text size="sm" truncate>
            {c.getValue()}, {c.row.original.country}
          </Text>
        ),
      }),
      column.accessor("email", {
        header: t("list.column.email"),
        size: 200,
        cell: (c) => (
          <Text size="sm" truncate>
            {c.getValue()}
          </Text>
        ),
      }),
      column.accessor("language", {
        header: t("list.column.language"),
        size: 110,
        cell: (c) => <Text size="sm">{languageNames[c.getValue()]}</Text>,
      }),
      column.accessor("orderCount", {
        header: t("list.column.orders"),
        size: 105,
        cell: (c) => (
          <Text size="sm" ta="right">
            {formatCount(c.getValue())}
          </Text>
        ),
      }),
      column.accessor("createdAt", {
        header: t("list.column.since"),
        size: 120,
        cell: (c) => (
          <Text size="sm">{formatDate(c.getValue().slice(0, 10))}</Text>
        ),
      }),
    ],
    [t],
  );
}
