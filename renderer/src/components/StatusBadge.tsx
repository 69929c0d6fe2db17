import { Badge } from "@mantine/core";
import type { OrderStatus } from "../../../shared/domain";
import { orderStatusLabels } from "../../../shared/labels";

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
  return (
    <Badge color={colors[status]} variant="light" radius="sm">
      {orderStatusLabels[status]}
    </Badge>
  );
}
