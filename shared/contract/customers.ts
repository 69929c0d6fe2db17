import { z } from "zod";
import { paging, SearchText, type Page } from "./common";
import { op } from "./op";

export const CustomersListInput = z
  .object({
    ...paging,
    filter: z
      .object({
        keyAccount: z.boolean().optional(),
        search: SearchText.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type CustomersListInput = z.input<typeof CustomersListInput>;

export interface CustomerRow {
  id: number;
  name: string;
  email: string;
  city: string;
  country: string;
  keyAccount: boolean;
  orderCount: number;
}

export const customerOperations = {
  "customers.list": op<Page<CustomerRow>>()({
    input: CustomersListInput,
    access: "see",
  }),
};
