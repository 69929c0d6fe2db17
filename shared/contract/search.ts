import { z } from "zod";
import type { OrderStatus } from "../domain";
import { op } from "./op";

export interface SearchResults {
  orders: {
    id: number;
    number: string;
    title: string;
    status: OrderStatus;
    customerName: string;
    partnerName: string | null;
  }[];
  partners: { id: number; name: string; city: string }[];
  customers: { id: number; name: string; city: string }[];
  messages: {
    id: number;
    orderId: number;
    orderNumber: string;
    thread: "cutr" | "customer";
    authorName: string;
    /** The words around the match, as plain text. */
    snippet: string;
  }[];
  /**
   * True when nothing held the text as typed and the orders, partners and customers given are
   * those within one typo of it.
   */
  nearMatches: boolean;
}

export const searchOperations = {
  /** Everything a few letters find: orders, partners, customers and message text. */
  "search.global": op<SearchResults>()({
    input: z
      .object({
        text: z.string().trim().min(1, "Type something to search for").max(100),
        limit: z.number().int().min(1).max(20).default(6),
      })
      .strict(),
    access: "see",
  }),
};
