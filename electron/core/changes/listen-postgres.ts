// Team mode: one connection that LISTENs on cutr_changes (see migrations 0006 and 0012) and feeds
// what the server announces into the console's ChangeFeed, and changed settings into its settings
// cache. A lost connection is reopened with a growing pause; when it is back, a change of kind
// "resync" tells the windows to reload what they show. While it is known to be lost, the settings
// cache keeps nothing; TCP keepalive finds a connection dropped without a word.
import pg from "pg";
import type { Logger } from "../context";
import type { SettingsCache } from "../settings/settings-cache";
import type { ChangeFeed } from "./change-feed";

interface Notice {
  table: string;
  kind: "order" | "partner" | "settings";
  id: number;
}

function parseNotice(payload: string | undefined): Notice | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Notice>;
    if (
      typeof value.table === "string" &&
      (value.kind === "order" ||
        value.kind === "partner" ||
        value.kind === "settings") &&
      Number.isSafeInteger(value.id)
    )
      return value as Notice;
  } catch {
    // Not ours: ignored.
  }
  return null;
}

export function listenForChanges(
  url: string,
  feed: ChangeFeed,
  log: Logger,
  settings: SettingsCache,
): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let pause = 500;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    next.on("notification", (message) => {
      const notice = parseNotice(message.payload);
      if (notice?.kind === "settings") settings.forget();
      // (kind spelled out: narrowed to the kinds windows hear of)
      else if (notice) feed.push({ ...notice, kind: notice.kind });
    });
    next.on("error", () => undefined);
    next.on("end", () => {
      if (stopped || client !== next) return;
      client = null;
      settings.setHearing(false);
      log.error(
        "Lost the live-update connection to the team's server; retrying.",
      );
      retry = setTimeout(() => void connect(), pause);
      pause = Math.min(pause * 2, 30_000);
    });
    try {
      await next.connect();
      await next.query("LISTEN cutr_changes");
      client = next;
      settings.setHearing(true);
      if (pause > 500) {
        // Back after an outage: what happened meanwhile was not heard, so every window reloads.
        feed.push({ table: "resync", kind: "order", id: 0 });
        log.info("Live updates from the team's server are back.");
      }
      pause = 500;
    } catch {
      await next.end().catch(() => undefined);
      retry = setTimeout(() => void connect(), pause);
      pause = Math.min(pause * 2, 30_000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
