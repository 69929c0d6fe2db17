// Long work a person waits for (an import, an export): how far it has come, and a way to stop it.
// Kept in this process only; the screen that started a job asks this same console about it.
import type { JobProgress } from "../../../shared/contract";

export interface Job {
  /** Aborted when the person cancels: the work stops and keeps nothing. */
  signal: AbortSignal;
  report(phase: JobProgress["phase"], done: number, total?: number): void;
  /** Forgets the job (its progress is no longer asked for). */
  finish(): void;
}

interface Entry {
  userId: number;
  progress: JobProgress;
  controller: AbortController;
}

export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  /** A job for `userId`; followed by its id when the screen gave one. */
  start(jobId: string | undefined, userId: number): Job {
    const controller = new AbortController();
    const entry: Entry = {
      userId,
      progress: { phase: "reading", done: 0, total: 0 },
      controller,
    };
    if (jobId !== undefined) this.jobs.set(jobId, entry);
    return {
      signal: controller.signal,
      report: (phase, done, total = 0) => {
        entry.progress = { phase, done, total };
      },
      finish: () => {
        if (jobId !== undefined && this.jobs.get(jobId) === entry)
          this.jobs.delete(jobId);
      },
    };
  }

  /** The job's progress, for the user who started it only. */
  progress(jobId: string, userId: number): JobProgress | null {
    const entry = this.jobs.get(jobId);
    return entry && entry.userId === userId ? entry.progress : null;
  }

  cancel(jobId: string, userId: number): boolean {
    const entry = this.jobs.get(jobId);
    if (!entry || entry.userId !== userId) return false;
    entry.controller.abort();
    return true;
  }
}
