import { z } from "zod";

export const Id = z.number().int().positive();

/** A business date, `YYYY-MM-DD`, that must exist on the calendar (no 2026-02-30). */
export const BusinessDate = z.iso.date();

export const sortDirection = z.enum(["asc", "desc"]);

export const paging = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Free text typed into a search box: trimmed, at most 100 characters. */
export const SearchText = z.string().trim().max(100);

/** An email address, as typed: trimmed, at most 254 characters. */
export const EmailAddress = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("Give an email address, such as name@example.com"));

/** A telephone number as people write it: digits, spaces and + ( ) . / -. */
export const PhoneNumber = z
  .string()
  .trim()
  .min(1, "Give a phone number")
  .max(40)
  .regex(
    /^[+0-9 ()./-]+$/,
    "A phone number has digits, spaces and + ( ) . / - only",
  );

/** A postal address. */
export const AddressInput = z
  .object({
    street: z.string().trim().min(1, "Give the street and number").max(200),
    postcode: z.string().trim().min(1, "Give the postcode").max(20),
    city: z.string().trim().min(1, "Give the city").max(100),
    country: z.string().trim().min(1, "Give the country").max(100),
  })
  .strict();
export type Address = z.infer<typeof AddressInput>;

/**
 * The key another system (the shop, a spreadsheet) gives a partner, customer or order: imports
 * match rows on it, so importing a file twice changes nothing.
 */
export const ExternalRef = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^\P{Cc}+$/u, "A reference has no control characters");

/** A reason a person writes for a change (audited). */
export const ReasonText = z.string().trim().min(1, "Give a reason").max(2000);

/** The version of a row the caller edited: a stale one gets CONFLICT. */
export const Version = z.number().int().positive();

/** What a create or an update answers: the row and its new version. */
export interface Saved {
  id: number;
  version: number;
}
