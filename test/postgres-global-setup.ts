// Before the PostgreSQL project's tests: one private server, and two template databases (the
// small demo and an empty, migrated one) that every test copies with CREATE DATABASE … TEMPLATE.
import type { TestProject } from "vitest/node";
import { fixedClock } from "../electron/core/clock";
import { startCore } from "../electron/core/start-core";
import { hashPassword } from "../electron/core/auth/passwords";
import { smallDemo, testNow, testPassword } from "./fixtures/core";
import { databaseUrl, startPostgresServer } from "./fixtures/postgres-server";
import { createDatabase } from "./fixtures/postgres-databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgresServer();
  for (const [name, demo] of [
    ["cutr_template_demo", true],
    ["cutr_template_empty", false],
  ] as const) {
    await createDatabase(server.adminUrl, name);
    const core = await startCore({
      databaseFile: ":memory:",
      databaseUrl: databaseUrl(server.adminUrl, name),
      clock: fixedClock(testNow),
      demo,
      demoSize: smallDemo,
      log: { error: () => undefined, info: () => undefined },
    });
    // Team mode asks for passwords: every demo user gets the tests' one.
    await core.services.db
      .updateTable("users")
      .set({ password_hash: await hashPassword(testPassword) })
      .execute();
    await core.close();
  }
  project.provide("postgresAdminUrl", server.adminUrl);
  return () => server.stop();
}
