// The clock the Node bench times synchronous work with: CPU time, so that on a shared
// machine the neighbours' work is not counted (wall time mostly measures them).
//
// Which threads it counts: `process.cpuUsage()` counts every thread of the process, and V8
// compiles optimised code and collects garbage on threads of its own, so their work lands in
// the figure too. Node 23.9+ has `process.threadCpuUsage()`, the main thread alone, and the
// bench uses it there. Node 20 and 22 have no fine per-thread clock (Linux keeps one in
// /proc/thread-self/schedstat, but it only advances at scheduler ticks of several
// milliseconds, too coarse for a 0.2 ms choice), so there the bench times with the whole
// process and says what share of it the main thread had over each row's runs.
import { readFileSync } from 'node:fs';

export interface CpuClock {
  /** What the figures are, for the bench's output. */
  readonly name: string;
  /** True when `now` counts the main thread only. */
  readonly mainThreadOnly: boolean;
  /** Milliseconds of CPU so far. */
  now(): number;
}

type Usage = () => { user: number; system: number };

const ms = (usage: Usage) => () => {
  const { user, system } = usage();
  return (user + system) / 1000;
};

export function cpuClock(): CpuClock {
  const threadCpuUsage = (process as unknown as { threadCpuUsage?: Usage }).threadCpuUsage;
  if (typeof threadCpuUsage === 'function') {
    return {
      name: 'CPU of the main thread (process.threadCpuUsage)',
      mainThreadOnly: true,
      now: ms(() => threadCpuUsage.call(process)),
    };
  }
  return {
    name: 'CPU of all threads (process.cpuUsage; this Node has no per-thread clock)',
    mainThreadOnly: false,
    now: ms(() => process.cpuUsage()),
  };
}

/**
 * The main thread's CPU so far in milliseconds, coarse (it advances at scheduler ticks):
 * good over seconds of work, for the main thread's share of a row; null off Linux.
 */
export function coarseMainThreadMs(): number | null {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
