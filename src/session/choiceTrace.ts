// What the simulation did between two choices, kept with the choice for the debrief: the
// plaque pH and biomass minute by minute (thinned to the points that matter), and what the
// choice's interventions did compared with the same hours without them. Pure functions of
// the simulation; the session records them, the debrief reads them.
import {
  advance,
  advanceTraced,
  GROUPS,
  health,
  type Microbiome,
  ph,
  shares,
  type TraceSample,
} from '../sim';

/** One step the story took the simulation through while a choice played out. */
export type SimStep = { apply: string; dose: number } | { advance: number };

/** [minute, pH, biomass]: compact, since a game keeps a few thousand of them. */
export type TracePoint = [number, number, number];

/** pH change (units) under which a minute adds nothing to the drawn line. */
const PH_STEP = 0.02;
/** Biomass change (of carrying capacity) under which a minute adds nothing. */
const BIOMASS_STEP = 0.005;

/**
 * The minute-by-minute samples, thinned: the first and last, every turn of the pH (each
 * dip's lowest point and each peak, exactly), and any point where pH or biomass moved on
 * by more than a step since the last kept one. Between kept points the line is straight
 * to within those steps, so a chart drawn from them shows every dip at its true depth.
 */
export function thinTrace(samples: readonly TraceSample[]): TracePoint[] {
  const kept: TracePoint[] = [];
  const keep = (s: TraceSample) =>
    kept.push([round(s.minute, 2), round(s.ph, 3), round(s.biomass, 4)]);
  let last: TraceSample | undefined;
  samples.forEach((s, i) => {
    const before = samples[i - 1];
    const after = samples[i + 1];
    const turn =
      before !== undefined &&
      after !== undefined &&
      (s.ph - before.ph) * (after.ph - s.ph) < 0 &&
      Math.abs(after.ph - before.ph) + Math.abs(s.ph - before.ph) > 1e-4;
    if (
      !last ||
      !after ||
      turn ||
      Math.abs(s.ph - last.ph) >= PH_STEP ||
      Math.abs(s.biomass - last.biomass) >= BIOMASS_STEP
    ) {
      keep(s);
      last = s;
    }
  });
  return kept;
}

/** A point of the trace for the state as it is (after an intervention, say). */
export function pointOf(m: Microbiome): TraceSample {
  // Biomass as the trace counts it: all seven groups, before shares are taken.
  const biomass = GROUPS.reduce((sum, group) => sum + m.groups[group], 0);
  return { minute: m.minute, ph: ph(m), biomass };
}

/** What a choice's interventions did, compared with the same time passing without them. */
export interface ChoiceEffect {
  /** Simulated minutes after the choice's own time at which the two are compared. */
  horizon: number;
  /** Community health (0-1) with the interventions minus without. */
  health: number;
  /** The acid-makers' (S. mutans + lactobacilli) share with minus without. */
  acidMakers: number;
  /** Lowest plaque pH over the choice's own time, with and without. */
  lowestPh: number;
  lowestPhWithout: number;
}

/** A day after the choice: long enough for a rinse's or a gel's effect to show in health. */
export const EFFECT_HORIZON = 1440;

/**
 * Compares what happened (`after`, with its lowest pH `lowest`) with `steps` played again
 * from `before` with only the time passing, then lets both run `horizon` minutes more.
 * Null when the choice did nothing to the microbiome (no intervention): time alone is no
 * one's doing.
 */
export function choiceEffect(
  before: Microbiome,
  steps: readonly SimStep[],
  happened: { after: Microbiome; lowest: number },
  horizon = EFFECT_HORIZON,
): ChoiceEffect | null {
  if (!steps.some((step) => 'apply' in step)) return null;
  let m = before;
  let lowest = ph(m);
  for (const step of steps) {
    if ('apply' in step) continue;
    // The same call the game made, so the two runs differ only by the interventions.
    const traced = advanceTraced(m, step.advance, 1);
    m = traced.microbiome;
    for (const sample of traced.samples) lowest = Math.min(lowest, sample.ph);
  }
  const withIt = advance(happened.after, horizon);
  const without = advance(m, horizon);
  const acid = (state: Microbiome) => shares(state).M + shares(state).L;
  return {
    horizon,
    health: round(health(withIt) - health(without), 4),
    acidMakers: round(acid(withIt) - acid(without), 4),
    lowestPh: round(happened.lowest, 3),
    lowestPhWithout: round(lowest, 3),
  };
}

function round(value: number, places: number): number {
  const k = 10 ** places;
  // + 0 turns -0 into 0: a save (JSON) cannot keep -0, and a resumed game must equal its run.
  return Math.round(value * k) / k + 0;
}

/**
 * Follows one choice as it plays out: the session starts it at the choice, tells it each
 * intervention and each traced span of time, and takes its trace and effect for the record.
 */
export class ChoiceTracer {
  private before: Microbiome | null = null;
  private steps: SimStep[] = [];
  private samples: TraceSample[] = [];

  begin(m: Microbiome): void {
    this.before = m;
    this.steps = [];
    this.samples = [pointOf(m)];
  }

  applied(name: string, dose: number, after: Microbiome): void {
    this.steps.push({ apply: name, dose });
    this.samples.push(pointOf(after));
  }

  advanced(minutes: number, samples: readonly TraceSample[]): void {
    this.steps.push({ advance: minutes });
    this.samples.push(...samples);
  }

  /** The record's `trace`, and its `effect` when the choice intervened; `after` is now. */
  finish(after: Microbiome): { trace: TracePoint[]; effect?: ChoiceEffect } {
    const trace = thinTrace(this.samples);
    const lowest = this.samples.reduce((low, s) => Math.min(low, s.ph), ph(after));
    const effect = this.before ? choiceEffect(this.before, this.steps, { after, lowest }) : null;
    this.before = null;
    this.samples = [];
    return effect ? { trace, effect } : { trace };
  }
}
