// The two lists admins keep, read the same way: a capability or a region by its code, with its
// names, whether it is retired, and its version.
import type { Kysely } from "kysely";
import type { CatalogList } from "../../../shared/domain";
import type { Names } from "../../../shared/contract";
import type { Database } from "../db/schema";

export const tableOf = {
  capability: "capabilities",
  region: "regions",
} as const satisfies Record<CatalogList, keyof Database>;

export interface CatalogRecord {
  code: string;
  kind: "process" | "material" | null;
  names: Names;
  retired: boolean;
  version: number;
}

/** Every entry of one list, retired ones included, by code. */
export async function catalogRecords(
  db: Kysely<Database>,
  list: CatalogList,
): Promise<Map<string, CatalogRecord>> {
  const rows =
    list === "capability"
      ? await db
          .selectFrom("capabilities")
          .select([
            "code",
            "kind",
            "name_en",
            "name_nl",
            "retired_at",
            "version",
          ])
          .execute()
      : (
          await db
            .selectFrom("regions")
            .select(["code", "name_en", "name_nl", "retired_at", "version"])
            .execute()
        ).map((r) => ({ ...r, kind: null }));
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        kind: r.kind,
        names: { en: r.name_en, nl: r.name_nl },
        retired: r.retired_at !== null,
        version: r.version,
      },
    ]),
  );
}
