import { z } from "zod";
import { Region } from "../domain";
import { LanguageSchema, type Language } from "../i18n/languages";
import {
  AddressInput,
  EmailAddress,
  ExternalRef,
  Id,
  paging,
  PhoneNumber,
  ReasonText,
  SearchText,
  sortDirection,
  Version,
  type Address,
  type Page,
  type Saved,
} from "./common";
import type { HistoryEntry } from "./orders";
import { op } from "./op";

export const customerSortColumns = [
  "name",
  "city",
  "orders",
  "createdAt",
] as const;

export const CustomersListInput = z
  .object({
    ...paging,
    sort: z
      .object({ column: z.enum(customerSortColumns), direction: sortDirection })
      .strict()
      .default({ column: "name", direction: "asc" }),
    filter: z
      .object({
        keyAccount: z.boolean().optional(),
        /** Any part of the name, email address or city. */
        search: SearchText.optional(),
        language: LanguageSchema.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type CustomersListInput = z.input<typeof CustomersListInput>;
export type CustomerSort = z.output<typeof CustomersListInput>["sort"];
export type CustomersFilter = z.output<typeof CustomersListInput>["filter"];

export interface CustomerRow {
  id: number;
  name: string;
  email: string;
  phone: string;
  city: string;
  country: string;
  language: Language;
  keyAccount: boolean;
  orderCount: number;
  createdAt: string;
}

export const ContactInput = z
  .object({
    name: z.string().trim().min(1, "Give the person's name.").max(200),
    email: EmailAddress,
    phone: z.string().trim().max(40).default(""),
    /** What the person does for the customer: "buyer", "site manager". */
    role: z.string().trim().max(100).default(""),
  })
  .strict();
export type Contact = z.output<typeof ContactInput>;

export const DeliveryAddressInput = AddressInput.extend({
  /** How staff tell the addresses apart: "Head office", "Site Zuidas". */
  label: z.string().trim().max(100).default(""),
  region: Region,
}).strict();
export type DeliveryAddress = z.output<typeof DeliveryAddressInput>;

/** Everything a person sets on a customer. */
export const CustomerFields = z
  .object({
    name: z.string().trim().min(1, "Give the customer's name").max(200),
    email: EmailAddress,
    phone: PhoneNumber,
    language: LanguageSchema,
    /** The invoice address. */
    address: AddressInput,
    keyAccount: z.boolean(),
    /** Why the key-account flag is set or cleared: needed whenever it changes (audited). */
    keyAccountReason: ReasonText.optional(),
    /** Whether the customer's new orders have direct messaging unless said otherwise. */
    directMessagingDefault: z.boolean(),
    contacts: z.array(ContactInput).max(50).default([]),
    addresses: z.array(DeliveryAddressInput).max(100).default([]),
    externalRef: ExternalRef.nullable().default(null),
  })
  .strict();
export type CustomerFields = z.input<typeof CustomerFields>;

export const CustomerUpdateInput = CustomerFields.extend({
  id: Id,
  version: Version,
}).strict();

export interface CustomerDetail extends CustomerRow {
  version: number;
  address: Address;
  directMessagingDefault: boolean;
  externalRef: string | null;
  contacts: Contact[];
  addresses: DeliveryAddress[];
  /** Orders not yet delivered (open, assigned, ready). */
  activeOrders: number;
}

export const customerOperations = {
  "customers.list": op<Page<CustomerRow>>()({
    input: CustomersListInput,
    access: "see",
  }),
  "customers.get": op<CustomerDetail>()({
    input: z.object({ id: Id }).strict(),
    access: "see",
  }),
  "customers.create": op<Saved>()({
    input: CustomerFields,
    access: "editCustomers",
  }),
  "customers.update": op<Saved>()({
    input: CustomerUpdateInput,
    access: "editCustomers",
  }),
  /** Every change to the customer itself, newest first (its orders have their own history). */
  "customers.history": op<Page<HistoryEntry>>()({
    input: z.object({ customerId: Id, ...paging }).strict(),
    access: "see",
  }),
};
