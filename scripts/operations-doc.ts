// docs/operations.md, made from the contract so it cannot drift: every console operation with who
// may call it and the fields it takes, and every integration API operation with its scope.
// `npm run docs:operations` writes it; a unit test fails when the file and the contract differ.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { z } from "zod";
import { contract, integrationApi } from "../shared/contract";
import { permissions } from "../shared/permissions";

export const operationsDocPath = fileURLToPath(
  new URL("../docs/operations.md", import.meta.url),
);

/** The input's top-level fields; `?` marks one that may be left out (optional or defaulted). */
function fields(schema: z.ZodType): string {
  if (!(schema instanceof z.ZodObject)) return "(see the contract)";
  const shape = schema.shape as Record<string, z.ZodType>;
  const names = Object.entries(shape).map(([name, field]) =>
    field.safeParse(undefined).success ? `${name}?` : name,
  );
  return names.length === 0 ? "—" : names.map((n) => `\`${n}\``).join(", ");
}

const who = (access: string): string =>
  access === "public"
    ? "anyone with the transport's token"
    : access === "signedIn"
      ? "any signed-in user"
      : `${access}: ${(permissions[access as keyof typeof permissions] as readonly string[]).join(", ")}`;

/** The document, formatted as Prettier writes Markdown (the file is checked by Prettier too). */
export async function operationsDoc(): Promise<string> {
  const byArea = new Map<string, string[]>();
  for (const [method, operation] of Object.entries(contract)) {
    const area = method.split(".")[0] ?? method;
    const rows = byArea.get(area) ?? [];
    rows.push(
      `| \`${method}\` | ${who(operation.access)} | ${fields(operation.input)} |`,
    );
    byArea.set(area, rows);
  }
  const console = [...byArea.entries()].flatMap(([area, rows]) => [
    `### ${area}`,
    "",
    "| Operation | Who may call it | Input |",
    "|---|---|---|",
    ...rows,
    "",
  ]);
  const api = Object.values(integrationApi).map(
    (operation) =>
      `| \`${operation.method} /integration/v1${operation.path}\` | \`${operation.scope}\` | ${fields(operation.body)} | ${operation.summary} |`,
  );
  const text = [
    "# Operations",
    "",
    "Made from `shared/contract/` by `npm run docs:operations`; a test fails when they differ.",
    "",
    `## The console (${Object.keys(contract).length} operations)`,
    "",
    "Every window, browser mode and test calls these through the one dispatch",
    "(`electron/core/rpc/dispatch.ts`); the roles of each permission are those of",
    "`shared/permissions.ts`.",
    "",
    ...console,
    `## The integration API (${api.length} operations)`,
    "",
    "Served by the team service; see [integration.md](integration.md).",
    "",
    "| Request | Scope | Body | What it does |",
    "|---|---|---|---|",
    ...api,
    "",
  ].join("\n");
  return format(text, { parser: "markdown" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(operationsDocPath, await operationsDoc());
  console.log(`Written: ${operationsDocPath}`);
}
