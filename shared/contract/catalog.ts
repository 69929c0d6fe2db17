import { z } from "zod";
import {
  CapabilityKind,
  CatalogCode,
  CatalogList,
  type CapabilityKind as Kind,
  type CatalogList as List,
} from "../domain";
import { op } from "./op";

/** A name as each language of the console writes it. */
export const NamesInput = z
  .object({
    en: z.string().trim().min(1, "Give the name").max(80),
    nl: z.string().trim().min(1, "Give the name").max(80),
  })
  .strict();
export type Names = z.infer<typeof NamesInput>;

/** One entry of a list admins keep: a capability or a region. */
export interface CatalogEntry {
  code: string;
  /** Capabilities only: a process or a material. */
  kind: Kind | null;
  names: Names;
  /** A retired entry stays on what uses it but is offered for nothing new. */
  retired: boolean;
  version: number;
}

/** What uses an entry now: partners that have or serve it, and orders on their way. */
export interface CatalogUse {
  partners: number;
  orders: number;
}

export interface Catalog {
  capabilities: CatalogEntry[];
  regions: CatalogEntry[];
}

export const CatalogSaveInput = z
  .object({
    list: CatalogList,
    code: CatalogCode,
    names: NamesInput,
    /** Capabilities only. */
    kind: CapabilityKind.optional(),
    /** The version the admin edited; left out for a new entry. */
    version: z.number().int().positive().optional(),
  })
  .strict();

export const catalogOperations = {
  /** Both lists, retired entries included (they still name what uses them), in name order. */
  "catalog.list": op<Catalog>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  /** How many partners and orders use each entry: what retiring one would touch. */
  "catalog.usage": op<{
    capabilities: Record<string, CatalogUse>;
    regions: Record<string, CatalogUse>;
  }>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  /** Adds an entry, or renames one (and changes a capability's kind). */
  "catalog.save": op<CatalogEntry>()({
    input: CatalogSaveInput,
    access: "administer",
  }),
  /** Retires an entry (nothing new may use it) or brings it back. */
  "catalog.retire": op<CatalogEntry>()({
    input: z
      .object({
        list: CatalogList,
        code: CatalogCode,
        retired: z.boolean(),
        version: z.number().int().positive(),
      })
      .strict(),
    access: "administer",
  }),
};

export type { List as CatalogListName };
