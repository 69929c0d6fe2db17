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
