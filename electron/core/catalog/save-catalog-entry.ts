// catalog.save and catalog.retire: an admin adds, renames or retires a capability or a region.
// Version-checked and audited; a code, once given, never changes (partners and orders keep it).
import type { z } from "zod";
import type { CatalogEntry, CatalogSaveInput } from "../../../shared/contract";
import type { CatalogList } from "../../../shared/domain";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import { AppError } from "../errors";
import { catalogRecords, tableOf } from "./catalog-tables";
import { catalogEntries } from "./list-catalog";

async function entry(
  context: RequestContext,
  list: CatalogList,
  code: string,
): Promise<CatalogEntry> {
  const user = signedInUser(context);
  const found = (await catalogEntries(context.db, list, user.language)).find(
    (e) => e.code === code,
  );
  if (!found)
    throw new AppError("NOT_FOUND", {
      key: "errors:catalog.notFound",
      values: { code },
    });
  return found;
}

export async function saveCatalogEntry(
  context: RequestContext,
  input: z.output<typeof CatalogSaveInput>,
): Promise<CatalogEntry> {
  const user = signedInUser(context);
  const now = context.clock.now();
  const table = tableOf[input.list];
  if (input.list === "capability" && !input.kind && input.version === undefined)
    throw new AppError("BAD_INPUT", { key: "errors:catalog.kindNeeded" });
  await context.db.transaction().execute(async (trx) => {
    const records = await catalogRecords(trx, input.list);
    const existing = records.get(input.code);
    // A code that differs only in case would look like the same entry on every screen.
    const twin = [...records.keys()].find(
      (code) =>
        code !== input.code && code.toLowerCase() === input.code.toLowerCase(),
    );
    if (input.version === undefined) {
      if (existing || twin)
        throw new AppError("CONFLICT", {
          key: "errors:catalog.codeTaken",
          values: { code: existing?.code ?? twin ?? input.code },
        });
      await trx
        .insertInto(table)
        .values({
          code: input.code,
          ...(input.list === "capability"
            ? { kind: input.kind ?? "process" }
            : {}),
          name_en: input.names.en,
          name_nl: input.names.nl,
          retired_at: null,
          created_at: now.toISOString(),
        } as never)
        .execute();
    } else {
      if (!existing)
        throw new AppError("NOT_FOUND", {
          key: "errors:catalog.notFound",
          values: { code: input.code },
        });
      const updated = await trx
        .updateTable(table)
        .set({
          name_en: input.names.en,
          name_nl: input.names.nl,
          ...(input.list === "capability" && input.kind
            ? { kind: input.kind }
            : {}),
          version: input.version + 1,
        } as never)
        .where("code", "=", input.code)
        .where("version", "=", input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1)
        throw new AppError("CONFLICT", {
          key: "errors:catalog.stale",
          values: { code: input.code },
        });
    }
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: existing ? `${input.list}.renamed` : `${input.list}.added`,
      entity: input.list,
      entityId: null,
      orderId: null,
      before: existing
        ? { code: existing.code, names: existing.names, kind: existing.kind }
        : undefined,
      after: {
        code: input.code,
        names: input.names,
        kind: input.kind ?? existing?.kind ?? null,
      },
    });
  });
  return entry(context, input.list, input.code);
}

export async function retireCatalogEntry(
  context: RequestContext,
  input: { list: CatalogList; code: string; retired: boolean; version: number },
): Promise<CatalogEntry> {
  const user = signedInUser(context);
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    const existing = (await catalogRecords(trx, input.list)).get(input.code);
    if (!existing)
      throw new AppError("NOT_FOUND", {
        key: "errors:catalog.notFound",
        values: { code: input.code },
      });
    const updated = await trx
      .updateTable(tableOf[input.list])
      .set({
        retired_at: input.retired ? now.toISOString() : null,
        version: input.version + 1,
      })
      .where("code", "=", input.code)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new AppError("CONFLICT", {
        key: "errors:catalog.stale",
        values: { code: input.code },
      });
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: input.retired
        ? `${input.list}.retired`
        : `${input.list}.restored`,
      entity: input.list,
      entityId: null,
      orderId: null,
      before: { code: input.code, retired: existing.retired },
      after: { code: input.code, retired: input.retired },
    });
  });
  return entry(context, input.list, input.code);
}
