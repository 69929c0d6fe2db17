// What staff ask the Orders list, as the bench asks it: status filters, sorts, searches, deep pages.
import type { OrdersListInput } from "../shared/contract";

/** The filters and sorts of the mix. */
export const orderListShapes: OrdersListInput[] = [
  {
    filter: { status: ["open"] },
    sort: { column: "requestedDeliveryDate", direction: "asc" },
  },
  {
    filter: { status: ["assigned", "ready"] },
    sort: { column: "createdAt", direction: "desc" },
  },
  {
    filter: { status: ["approved"] },
    sort: { column: "value", direction: "desc" },
  },
  {
    filter: { keyAccount: true, status: ["open", "assigned"] },
    sort: { column: "requestedDeliveryDate", direction: "asc" },
  },
  {
    filter: { region: "NL-NH" },
    sort: { column: "createdAt", direction: "desc" },
  },
  { filter: {}, sort: { column: "number", direction: "asc" } },
  {
    filter: { search: "amsterdam" },
    sort: { column: "createdAt", direction: "desc" },
  },
  {
    filter: { search: "Müller" },
    sort: { column: "createdAt", direction: "desc" },
  },
  {
    filter: { status: ["delivered", "in_review"] },
    sort: { column: "customer", direction: "asc" },
  },
];

/** A realistic mix of `count` Orders pages: the shapes in turn, one in five a deep page. */
export function listQueries(count: number): OrdersListInput[] {
  return Array.from({ length: count }, (_, i) => ({
    ...orderListShapes[i % orderListShapes.length],
    offset: (i * 37) % 5 === 0 ? 1000 : 0,
    limit: 100,
  }));
}
