import { Badge } from "@mantine/core";
import type { OrderStatus } from "../../../shared/domain";
import { useTranslation } from "react-i18next";

const colors: Record<OrderStatus, string> = {
  open: "orange",
  assigned: "blue",
  ready: "cyan",
  delivered: "teal",
  in_review: "grape",
  approved: "green",
  cancelled: "gray",
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation(["common", "domain"]);
  return (
    <Badge color={colors[status]} variant="light" radius="sm">
      {t(`domain:orderStatus.${status}`)}
    </Badge>
  );
}
