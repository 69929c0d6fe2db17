// The Electronegativity gate of `npm test`: it runs offline and fails on a finding.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const check = (folder?: string) =>
  spawnSync(
    process.execPath,
    [
      join(__dirname, "../../scripts/electronegativity/check.cjs"),
      ...(folder ? [folder] : []),
    ],
    { encoding: "utf8", timeout: 60_000 },
  );

describe("the Electronegativity check", () => {
  it("fails on a window without isolation, sandbox or a safe origin", () => {
    const run = check(join(__dirname, "../fixtures/insecure-electron"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("CONTEXT_ISOLATION_JS_CHECK");
    expect(run.stdout).toContain("LIMIT_NAVIGATION_GLOBAL_CHECK");
    expect(run.stdout).toContain("HTTP_RESOURCES_JS_CHECK");
    expect(run.stdout).toContain("SANDBOX_JS_CHECK");
  });

  it("passes electron/ with every finding explained", () => {
    const run = check();
    expect(run.stdout).toContain("0 finding(s)");
    expect(run.status).toBe(0);
  });
});
