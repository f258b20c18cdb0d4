// The integrator's entry point: packs a Microbiome, runs the step loop (stepLoop.ts) over
// it and writes the result back.
import { PACKED, pack, unpack } from './packedState';
import type { Microbiome } from './state';
import { run } from './stepLoop';

/**
 * How `simulate` steps: 'adaptive' (the default) takes FINE_STEP-minute steps while the pH
 * plunges, 1-minute steps while sugar is plentiful, and otherwise steps up to the next
 * QUIET_STEP mark of the clock, halved while a predictor-corrector check finds the chemistry
 * bending; a number is a fixed step in minutes, for the fine reference runs in the tests.
 */
export type Stepping = 'adaptive' | number;

/**
 * Simulates `minutes` and returns the number of integrator steps it took (the benchmark's
 * measure of work that machine load cannot blur). MUTATES `m`: every field the step loop
 * changes is overwritten (groups in place; lowPh, acidMinutes and jitter replaced by fresh
 * arrays). Not part of the public API: the scenario runner, the spin-up, the reference tests
 * and the benchmark call it on states they own; `advance` is the pure form. `trace`, if
 * given, receives (minute, pH, biomass) at every step's end (see advanceTraced). With
 * `stopAfter` < `minutes` it stops at the first step end at or after `stopAfter` minutes
 * instead of cutting a step there (the scenario runner's samples); `m.minute` says where.
 */
export function simulate(
  m: Microbiome,
  minutes: number,
  stepping: Stepping = 'adaptive',
  trace: number[] | null = null,
  stopAfter = minutes,
): number {
  if (!(minutes > 0)) return 0;
  // Simulated directly, the state is no longer the one its last mark led to (lastMark.ts).
  m.lastMark = null;
  pack(m);
  const p = PACKED;
  const fixedDt = stepping === 'adaptive' ? 0 : stepping;
  const steps = run(
    p.scalars,
    p.groups,
    p.lowPh,
    p.acidMinutes,
    p.hourlyAcidLovers,
    p.hourlyInflammation,
    p.jitter,
    minutes,
    fixedDt,
    trace,
    stopAfter,
  );
  unpack(m);
  return steps;
}
