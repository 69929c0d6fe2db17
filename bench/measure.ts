// Small helpers for the benchmark: timing runs and reporting percentiles.
import type { Core } from "../electron/core/start-core";

/** Every user's password in the bench's PostgreSQL copy (team mode asks for one; local ignores it). */
export const benchPassword = "bench passphrase 2026";

export async function signInAs(core: Core, email: string): Promise<string> {
  const result = await core.call(
    "auth.signIn",
    { email, password: benchPassword },
    null,
  );
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { session: string }).session;
}
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index] ?? Number.NaN;
}

export async function timeEach<T>(
  inputs: T[],
  run: (input: T) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Times `first`, then `second`, on each input in turn, so the machine's noise falls on both sides of
 * a ratio; answers each side's samples.
 */
export async function timeInTurn<T>(
  inputs: T[],
  first: (input: T) => unknown,
  second: (input: T) => unknown,
): Promise<[number[], number[]]> {
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (const input of inputs) {
    firsts.push(...(await timeEach([input], async () => first(input))));
    seconds.push(...(await timeEach([input], async () => second(input))));
  }
  return [firsts, seconds];
}

export const sum = (samples: number[]) =>
  samples.reduce((total, ms) => total + ms, 0);

export interface Metric {
  value: number;
  unit: string;
  /** e.g. "<= 20" or ">= 10000"; absent where the issue sets none. */
  target?: string;
}

export function meetsTarget(metric: Metric): boolean | null {
  if (!metric.target) return null;
  const [op, bound] = metric.target.split(" ");
  const limit = Number(bound);
  return op === "<=" ? metric.value <= limit : metric.value >= limit;
}

/** A metric measured in several runs: its worst run decides the target (`value`), with the median. */
export interface RepeatedMetric extends Metric {
  median: number;
  runs: number[];
}

/**
 * Each metric over the runs that measured it: `value` is the worst run for a target (the highest
 * for "<=", the lowest for ">="), the median where there is no target; a target counts as met only
 * when its worst run meets it.
 */
export function summariseRuns(
  runs: Record<string, Metric>[],
): Record<string, RepeatedMetric> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(
    names.map((name) => {
      const measured = runs.flatMap((run) => (run[name] ? [run[name]] : []));
      const values = measured.map((m) => m.value);
      const first = measured[0] as Metric;
      const median = percentile(values, 50);
      const worst = first.target?.startsWith(">=")
        ? Math.min(...values)
        : first.target
          ? Math.max(...values)
          : median;
      return [name, { ...first, value: worst, median, runs: values }];
    }),
  );
}
