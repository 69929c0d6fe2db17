// The team service's secrets come from its environment, never from the database (issue: a team
// service): CUTR_SMTP_PASSWORD and CUTR_IMAP_PASSWORD, or the same names with _FILE for a file
// that holds the value (Docker secrets). They are read once, at start; a password typed into
// Settings on a console is that console's own and does not reach the service.
import { readFileSync } from "node:fs";
import type { SecretStore } from "./secret-store";

/** Secret names (as the core asks for them) and the variables that hold them. */
const variables: Record<string, string> = {
  "smtp.password": "CUTR_SMTP_PASSWORD",
  "imap.password": "CUTR_IMAP_PASSWORD",
  "integration.pepper": "CUTR_API_KEY_PEPPER",
};

/** A variable's value, or the contents of the file its _FILE form names (a Docker secret). */
export function environmentValue(
  variable: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const file = env[`${variable}_FILE`];
  if (file) {
    try {
      // An empty file is no password (compose wants every secret file, used or not).
      return readFileSync(file, "utf8").replace(/\r?\n$/, "") || null;
    } catch (error) {
      throw new Error(
        `${variable}_FILE names ${file}, which cannot be read: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return env[variable] || null;
}

export function environmentSecretStore(
  env: NodeJS.ProcessEnv = process.env,
): SecretStore {
  const values = new Map<string, string>();
  for (const [name, variable] of Object.entries(variables)) {
    const value = environmentValue(variable, env);
    if (value !== null) values.set(name, value);
  }
  return {
    protection: "environment",
    get: (name) => values.get(name) ?? null,
    set(name) {
      throw new Error(
        `The team service takes ${name} from its environment (${variables[name] ?? "no variable"}), not from Settings.`,
      );
    },
  };
}
