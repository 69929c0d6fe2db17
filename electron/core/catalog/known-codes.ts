// A partner's or an order's capabilities and regions must be entries of the admins' lists, and not
// retired ones, except those the record has already (retiring an entry leaves what uses it alone).
import type { Kysely } from "kysely";
import type { CatalogList } from "../../../shared/domain";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import type { Phrase } from "../i18n/phrase";
import { catalogRecords, type CatalogRecord } from "./catalog-tables";

export interface CodeProblem {
  list: CatalogList;
  unknown: string[];
  retired: CatalogRecord[];
}

/** What is wrong with some codes of one list, or null when every one may be used. */
export function codeProblem(
  records: ReadonlyMap<string, CatalogRecord>,
  list: CatalogList,
  codes: readonly string[],
  alreadyUsed: readonly string[] = [],
): CodeProblem | null {
  const unknown = codes.filter((code) => !records.has(code));
  const retired = codes
    .map((code) => records.get(code))
    .filter(
      (r): r is CatalogRecord =>
        r !== undefined && r.retired && !alreadyUsed.includes(r.code),
    );
  return unknown.length === 0 && retired.length === 0
    ? null
    : { list, unknown, retired };
}

export function codePhrase(problem: CodeProblem): Phrase {
  if (problem.unknown.length > 0)
    return {
      key:
        problem.list === "capability"
          ? "errors:catalog.unknownCapabilities"
          : "errors:catalog.unknownRegions",
      values: { codes: problem.unknown.join(", ") },
    };
  return {
    key:
      problem.list === "capability"
        ? "errors:catalog.retiredCapabilities"
        : "errors:catalog.retiredRegions",
    values: {
      names: { list: problem.retired.map((r) => r.names), separator: ", " },
    },
  };
}

/** Refuses codes that are not in the list, or retired and not already on the record. */
export async function requireUsableCodes(
  db: Kysely<Database>,
  list: CatalogList,
  codes: readonly string[],
  alreadyUsed: readonly string[] = [],
): Promise<void> {
  const problem = codeProblem(
    await catalogRecords(db, list),
    list,
    codes,
    alreadyUsed,
  );
  if (problem) throw new AppError("RULE", codePhrase(problem));
}
