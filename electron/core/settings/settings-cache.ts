// The policy and the closing days that every dispatch change reads, kept between calls on a team's
// server while this console hears the server's notices of their changes (migration 0012): two
// queries fewer per assignment. Without those notices (a local database, whose other processes
// send none, or a lost live connection) they are read anew each time. Kept at most a minute, in
// case the connection is lost without a word (a dropped network path, a pooler that swallows
// notices): a change then takes a minute at worst.
import type { Kysely } from "kysely";
import type { Policy } from "../../../shared/policy";
import type { Clock } from "../clock";
import type { Database } from "../db/schema";
import { loadClosingDays, loadPolicy } from "./policy";

export interface DispatchSettings {
  policy: Policy;
  closingDays: ReadonlySet<string>;
}

async function readDispatchSettings(
  db: Kysely<Database>,
): Promise<DispatchSettings> {
  const [policy, closingDays] = await Promise.all([
    loadPolicy(db),
    loadClosingDays(db),
  ]);
  return { policy, closingDays };
}

/** The longest a read is kept, notices or not. */
const keptMs = 60_000;

export class SettingsCache {
  private kept: { reading: Promise<DispatchSettings>; at: number } | null =
    null;
  private hearing = false;

  constructor(
    private readonly clock: Clock,
    private readonly readSettings: (
      db: Kysely<Database>,
    ) => Promise<DispatchSettings> = readDispatchSettings,
  ) {}

  /** Whether what is read is kept: the server's notices of changed settings reach this console. */
  get keeping(): boolean {
    return this.hearing;
  }

  /** Whether the server's notices of changed settings reach this console; either way, forget. */
  setHearing(on: boolean): void {
    this.hearing = on;
    this.kept = null;
  }

  /** The settings changed (here, or another console's notice says so). */
  forget(): void {
    this.kept = null;
  }

  read(db: Kysely<Database>): Promise<DispatchSettings> {
    if (!this.hearing) return this.readSettings(db);
    const now = this.clock.now().getTime();
    if (!this.kept || now - this.kept.at >= keptMs) {
      const kept = { reading: this.readSettings(db), at: now };
      this.kept = kept;
      // A failed read is not kept: the next call tries again.
      kept.reading.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return this.kept.reading;
  }
}
