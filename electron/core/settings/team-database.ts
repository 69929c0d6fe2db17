// Where the desktop console keeps the team server it should use (Settings → Team database): the
// URL, password included, in the local secret store, read at the next start. CUTR_DATABASE_URL,
// when set, wins.
import type { TeamDatabaseView } from "../../../shared/contract";
import type { CoreServices } from "../context";
import {
  DatabaseUrlError,
  openPostgres,
  redactedUrl,
} from "../db/connect-postgres";
import { DatabaseTooNewError, migrateToLatest } from "../db/migrate";
import {
  checkServerReachable,
  connectionProblem,
  DatabaseUnreachableError,
} from "../db/postgres-errors";
import { AppError } from "../errors";
import type { Phrase } from "../i18n/phrase";
import type { SecretStore } from "../secrets/secret-store";

export const teamDatabaseSecret = "team.databaseUrl";

/** The team server this console starts on: the environment's, else the one saved in Settings. */
export function teamDatabaseUrl(
  environment: string | undefined,
  secrets: SecretStore,
): string | undefined {
  return environment || secrets.get(teamDatabaseSecret) || undefined;
}

export function teamDatabaseView(services: CoreServices): TeamDatabaseView {
  const saved = services.secrets.get(teamDatabaseSecret);
  return {
    active: services.storage.kind === "team" ? "team" : "local",
    activeServer:
      services.storage.kind === "team" ? services.storage.label : null,
    saved: saved ? redactedUrl(saved) : null,
    fromEnvironment: Boolean(process.env.CUTR_DATABASE_URL),
    protection: services.secrets.protection,
  };
}

/** A refusal of the URL: the same words for the form's field. */
const refusal = (code: "BAD_INPUT" | "RULE", phrase: Phrase) =>
  new AppError(code, phrase, { url: phrase });

/** A failure the console has no words of its own for (a failed migration, say). */
const otherProblem = (error: unknown): Phrase => ({
  key: "errors:settings.teamDatabase.other",
  values: { problem: error instanceof Error ? error.message : String(error) },
});

/** Why the server cannot be used: unreachable, refusing, or holding a newer schema. */
function problemOf(error: unknown, label: string): Phrase {
  if (error instanceof DatabaseTooNewError)
    return {
      key: "errors:settings.teamDatabase.tooNew",
      values: { migrations: error.unknownMigrations.join(", ") },
    };
  if (error instanceof DatabaseUnreachableError)
    return (
      connectionProblem(error.cause, label) ?? {
        key: "errors:settings.teamDatabase.unreachable",
        values: {
          label,
          problem: String(
            (error.cause as { message?: unknown } | null)?.message ??
              error.cause,
          ),
        },
      }
    );
  return otherProblem(error);
}

/** Saves the URL after checking the server answers and holds no newer schema (migrating it if empty or older). */
export async function saveTeamDatabase(
  services: CoreServices,
  url: string | null,
): Promise<TeamDatabaseView> {
  if (url) {
    let handle;
    try {
      handle = openPostgres(url);
    } catch (error) {
      throw refusal(
        "BAD_INPUT",
        error instanceof DatabaseUrlError
          ? {
              key: `errors:settings.teamDatabase.url.${error.problem.reason}`,
              values: { ...error.problem },
            }
          : otherProblem(error),
      );
    }
    try {
      await checkServerReachable(handle);
      await migrateToLatest(handle);
    } catch (error) {
      throw refusal("RULE", problemOf(error, handle.label));
    } finally {
      await handle.close();
    }
  }
  services.secrets.set(teamDatabaseSecret, url);
  services.log.info(
    url
      ? `Team database saved for the next start: ${redactedUrl(url)}`
      : "Back to the local database at the next start.",
  );
  return teamDatabaseView(services);
}
