// docs/operations.md is the contract's own list: it fails here when an operation is added,
// removed or changes who may call it, until `npm run docs:operations` writes it again.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operationsDoc, operationsDocPath } from "../../scripts/operations-doc";
import { contract } from "../../shared/contract";

describe("docs/operations.md", () => {
  it("is what the contract says (run npm run docs:operations after changing it)", async () => {
    expect(readFileSync(operationsDocPath, "utf8")).toBe(await operationsDoc());
  });

  it("names every operation with who may call it", async () => {
    const doc = (await operationsDoc()).replace(/ +\|/g, " |");
    for (const method of Object.keys(contract))
      expect(doc).toContain(`| \`${method}\` |`);
    expect(doc).toContain(
      "| `orders.create` | editOrders: dispatcher, account_manager, admin |",
    );
  });
});
