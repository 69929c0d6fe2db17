// Long work the console does for a person (an import, an export): started with a job id so the
// screen can show how far it has come and offer to cancel it.
import { useEffect, useRef, useState } from "react";
import type { JobProgress } from "../../../../shared/contract";
import { call } from "../../api/client";

const pollMs = 300;

export function useJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);
  // Work that ends quickly shows no progress at all: only what takes longer than half a second.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!running) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), 500);
    return () => clearTimeout(timer);
  }, [running]);

  /** Runs `work` with a fresh job id, following its progress until it answers. */
  async function run<T>(work: (jobId: string) => Promise<T>): Promise<T> {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setRunning(true);
    setProgress(null);
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        if (!polling) break;
        try {
          const now = await call("jobs.progress", { jobId });
          if (polling && now) setProgress(now);
        } catch {
          // A missed answer: the next one will do.
        }
      }
    };
    void poll();
    try {
      return await work(jobId);
    } finally {
      polling = false;
      current.current = null;
      setRunning(false);
      setProgress(null);
    }
  }

  const cancel = () => {
    const jobId = current.current;
    if (jobId) void call("jobs.cancel", { jobId });
  };

  return { run, cancel, progress, running, slow };
}
