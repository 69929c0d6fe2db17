import { defineConfig } from "vitest/config";

// The core's tests run twice: on SQLite (the default) and on PostgreSQL (team mode), against a
// private server that test/postgres-global-setup.ts starts. The tests of what only SQLite has
// (its files, backups, crash rounds, migrations from older files) run once.
const sqliteOnly = [
  "test/integration/backups.test.ts",
  "test/integration/bench-top-up.test.ts",
  "test/integration/crash-safety.test.ts",
  "test/integration/database-check.test.ts",
  "test/integration/logging.test.ts",
  "test/integration/mail-crash.test.ts",
  "test/integration/migrations.test.ts",
  "test/integration/storage-faults.test.ts",
  "test/integration/two-processes.test.ts",
];

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts"],
          exclude: ["test/integration/team/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/integration/**/*.test.ts"],
          exclude: sqliteOnly,
          env: { CUTR_TEST_DATABASE: "postgres" },
          globalSetup: ["test/postgres-global-setup.ts"],
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
