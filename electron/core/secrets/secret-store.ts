// Secrets (the SMTP password) are kept out of the database file: in a file of their own beside it,
// readable only by the user, and encrypted with the operating system's key store when the shell
// offers one (Electron's safeStorage). Browser mode on a server has no key store: the file is
// then protected by its permissions alone, which the README says.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretProtection } from "../../../shared/contract";

export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string | null): void;
  /** How the secrets are protected, for the settings screen to say. */
  protection: SecretProtection;
}

export interface Cipher {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export function fileSecretStore(dir: string, cipher?: Cipher): SecretStore {
  const file = join(dir, "secrets.json");
  const read = (): Record<string, string> =>
    existsSync(file)
      ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
      : {};
  return {
    protection: cipher ? "keyStore" : "fileOnly",
    get(name) {
      const stored = read()[name];
      if (stored === undefined) return null;
      const bytes = Buffer.from(stored, "base64");
      return cipher ? cipher.decrypt(bytes) : bytes.toString("utf8");
    },
    set(name, value) {
      const all = read();
      if (value === null) delete all[name];
      else
        all[name] = (
          cipher ? cipher.encrypt(value) : Buffer.from(value, "utf8")
        ).toString("base64");
      const temporary = `${file}.partial`;
      writeFileSync(temporary, JSON.stringify(all), { mode: 0o600 });
      renameSync(temporary, file);
    },
  };
}
