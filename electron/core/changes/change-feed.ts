// The changes this console has heard of, numbered in arrival order, and the renderers waiting for
// the next ones (a long poll: one open call per window, answered the moment something arrives).
import type { Change, ChangeBatch } from "../../../shared/contract";

const kept = 1_000;
const gatherMs = 25;

export class ChangeFeed {
  private changes: Change[] = [];
  private seq = 0;
  private waiters = new Set<() => void>();

  constructor(
    /** Whether anything feeds it: false for a local database, whose one console needs no news. */
    readonly live: boolean,
  ) {}

  push(change: Omit<Change, "seq">): void {
    this.changes.push({ ...change, seq: ++this.seq });
    if (this.changes.length > kept)
      this.changes.splice(0, this.changes.length - kept);
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  private batch(after: number): ChangeBatch {
    return {
      cursor: this.seq,
      changes: after < 0 ? [] : this.changes.filter((c) => c.seq > after),
      live: this.live,
    };
  }

  /** The changes after the cursor, waiting up to timeoutMs for the first when there are none yet. */
  async wait(after: number, timeoutMs: number): Promise<ChangeBatch> {
    if (after < 0 || !this.live || this.seq > after || timeoutMs === 0)
      return this.batch(after);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve();
      }, timeoutMs);
      // A transaction's notices arrive one by one: answer after a short pause that gathers them.
      const wake = () => {
        clearTimeout(timer);
        setTimeout(resolve, gatherMs);
      };
      this.waiters.add(wake);
    });
    return this.batch(after);
  }

  /** Answers every waiting call now (the console is closing). */
  close(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
