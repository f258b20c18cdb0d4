// What a workshop looks back on after the ending: the simulation's course with every
// choice marked, the choices that moved it most, and the session as CSV for a
// spreadsheet (choiceCsv.ts, re-exported here). Pure functions of the choice log.
import {
  classifyEnding,
  createMicrobiome,
  ENDING_THRESHOLDS,
  type GroupName,
  heading,
  health,
  INTERVENTIONS,
  judgeEnding,
  type Microbiome,
  minutesBelowSafePh,
  ph,
  recentRinses,
  shares,
  type WarningSign,
} from '../sim';
import type { Chooser } from './ensemble';
import type { ChoiceRecord, EndingState, TranscriptEntry } from './gameState';

export {
  CSV_COLUMNS,
  choiceLogCsv,
  csvColumnKey,
  defaultGroupName,
  groupsCsv,
  type VoteCount,
} from './choiceCsv';
export { type TurningPoint, turningPoints } from './turningPoints';

/**
 * The community every game starts from. Made once, on first use: building it runs a
 * simulated week, which the page should not pay for at load or on every debrief.
 */
let start: Microbiome | null = null;
function startingCommunity(): Microbiome {
  start ??= createMicrobiome();
  return start;
}

/** One point of the debrief chart: the community at the start or after a choice. */
export interface TimelinePoint {
  /** 0 is the start; 1.. are the choices in order. */
  turn: number;
  minute: number;
  ph: number;
  health: number;
  shares: Record<GroupName, number>;
  /** Who made the choice (absent for the start). */
  chooser?: Chooser;
  text?: string;
  /** What the choice did to the microbiome, in words ("Sugary snack and Brushing"). */
  did?: string;
}

/** The simulation's course through a session: the start, then the state after every choice. */
export function timeline(log: readonly ChoiceRecord[]): TimelinePoint[] {
  const first = startingCommunity();
  return [
    { turn: 0, minute: first.minute, ph: ph(first), health: health(first), shares: shares(first) },
    ...log.map((record) => ({
      turn: record.turn,
      minute: record.minute,
      ph: record.ph,
      health: record.health,
      shares: record.shares,
      chooser: record.role,
      text: record.text,
      did: record.interventions
        .map((i) => INTERVENTIONS[i.name as keyof typeof INTERVENTIONS]?.label ?? i.name)
        .join(' and '),
    })),
  ];
}

/** The `# fact:` notes and `# discuss:` questions a session met, each once, in order. */
export function notesMet(transcript: readonly TranscriptEntry[]): {
  facts: string[];
  questions: string[];
} {
  const facts = new Set<string>();
  const questions = new Set<string>();
  for (const entry of transcript) {
    if (entry.kind !== 'line') continue;
    for (const cue of entry.line.cues) {
      if (cue.kind === 'fact') facts.add(cue.value);
      if (cue.kind === 'discuss') questions.add(cue.value);
    }
  }
  return { facts: [...facts], questions: [...questions] };
}

/** Questions for any group after any ending, to go with the story's own. */
export const REFLECTION_QUESTIONS: readonly string[] = [
  'Which single choice would you change if you played again, and what do you expect the microbiome to do differently?',
  'Where did helping one person (a sweet treat, a quick rinse) cost the community later?',
  'The mural showed everyone the community’s health. What did that openness help with, and what did it cost?',
];

const WARNING_WORDS: Record<WarningSign, (m: Microbiome) => string> = {
  acid_stress: (m) =>
    `the plaque spent ${Math.round(minutesBelowSafePh(m))} minutes of the last day below pH 5.7`,
  acid_lovers_rising: (m) => {
    const s = shares(m);
    const ahead = heading(m, ENDING_THRESHOLDS.trendHorizon).acidLovers;
    return `acid-loving bacteria (S. mutans and lactobacilli) were ${percent(s.M + s.L)} of the community${trend(s.M + s.L, ahead)}, above the healthy few percent`;
  },
  gums_reddening: () => 'the gums were reddening: inflammation a quarter of the way or more',
  enamel_softened: (m) => `the enamel had lost ${percent(1 - m.enamel)} of its mineral`,
  diversity_depleted: () => 'the community was still thin and uneven after antiseptic',
  low_health: (m) =>
    `community health was ${percent(health(m))}, not above ${percent(ENDING_THRESHOLDS.flourishingHealth)}`,
};

/** ', heading for N% within half a day' when the trend moves the figure by a point or more. */
function trend(now: number, ahead: number): string {
  return Math.abs(ahead - now) >= 0.01 ? `, heading for ${percent(ahead)} within half a day` : '';
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * Why the simulation gives this ending, in plain words with the numbers that decided it:
 * the rule that fired (see sim/ending.ts) and, for a fragile balance, each warning sign.
 */
export function endingReason(m: Microbiome): string {
  const { ending, warnings } = judgeEnding(m);
  const t = ENDING_THRESHOLDS;
  const s = shares(m);
  // The rule judges where the community is heading (sim/ending.ts), so the words say it too.
  const ahead = heading(m, t.trendHorizon);
  switch (ending) {
    case 'scorched':
      return `Antiseptic again and again: about ${recentRinses(m).toFixed(1)} full-strength chlorhexidine rinses in the last three days, and one rinse never scorches on its own. Plaque grows back within days of the last rinse, friendly streptococci first; while the rinses go on it stays thin and uneven.`;
    case 'acid_takeover':
      return `Acid-loving bacteria (S. mutans and lactobacilli) made up ${percent(s.M + s.L)} of the community${trend(s.M + s.L, ahead.acidLovers)}, past the ${percent(t.acidShare)} the game counts as a takeover.`;
    case 'inflamed':
      return `Gum inflammation reached ${percent(m.inflammation)}${trend(m.inflammation, ahead.inflammation)}, past the halfway mark the game counts as inflamed.`;
    case 'flourishing':
      return `Community health was ${percent(health(m))}, above ${percent(t.flourishingHealth)}, with no warning sign: no long acid dips, acid-lovers at ${percent(s.M + s.L)}, calm gums and sound enamel.`;
    default:
      return `No disaster, but not flourishing either, because ${warnings
        .map((sign) => WARNING_WORDS[sign](m))
        .join('; ')}.`;
  }
}

/** The ending the simulation points to now, with its reason: judged once when a story ends. */
export function endingNow(m: Microbiome): EndingState {
  return { name: classifyEnding(m), reason: endingReason(m) };
}

/** A point of the debrief's pH line: the plaque at a simulated minute. */
export interface CoursePoint {
  minute: number;
  ph: number;
  /** Total plaque biomass (share of what the surface holds); null where no trace was kept. */
  biomass: number | null;
  /** The choice whose stretch of time it falls in (0: the start). */
  turn: number;
}

/** The time a choice played out over: from the choice before it to this one's end. */
export interface Stretch {
  turn: number;
  from: number;
  to: number;
  /** The lowest plaque pH in the stretch, and when. */
  lowest: { minute: number; ph: number };
  /** Minutes below the critical pH 5.5 (joined points, so to within a minute or two). */
  belowCritical: number;
  /** False for a choice saved before traces were kept: one point, at its end. */
  traced: boolean;
}

const CRITICAL = 5.5;

/**
 * The plaque pH through a session, minute by minute where the choices kept their traces,
 * one point per choice where they did not (older saves), with each choice's stretch.
 */
export function phCourse(log: readonly ChoiceRecord[]): {
  points: CoursePoint[];
  stretches: Stretch[];
} {
  const first = startingCommunity();
  const points: CoursePoint[] = [{ minute: first.minute, ph: ph(first), biomass: null, turn: 0 }];
  const stretches: Stretch[] = [];
  let from = first.minute;
  for (const record of log) {
    const own: CoursePoint[] = record.trace
      ? record.trace.map(([minute, p, biomass]) => ({ minute, ph: p, biomass, turn: record.turn }))
      : [{ minute: record.minute, ph: record.ph, biomass: null, turn: record.turn }];
    const lowest = own.reduce((low, point) => (point.ph < low.ph ? point : low));
    stretches.push({
      turn: record.turn,
      from,
      to: record.minute,
      lowest: { minute: lowest.minute, ph: lowest.ph },
      belowCritical: minutesBelow([points[points.length - 1] as CoursePoint, ...own], CRITICAL),
      traced: record.trace !== undefined,
    });
    points.push(...own);
    from = record.minute;
  }
  return { points, stretches };
}

/** Minutes a line through `points` spends below `level`, crossing points interpolated. */
function minutesBelow(points: readonly CoursePoint[], level: number): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as CoursePoint;
    const b = points[i] as CoursePoint;
    const span = b.minute - a.minute;
    if (span <= 0) continue;
    if (a.ph < level && b.ph < level) total += span;
    else if (a.ph < level || b.ph < level) {
      const cross = (level - a.ph) / (b.ph - a.ph);
      total += a.ph < level ? span * cross : span * (1 - cross);
    }
  }
  return total;
}

/**
 * The dips of a pH line: each fall of at least `depth` pH from a high point to a low one,
 * and back up by as much (or to the end), given by its lowest point.
 */
export function phDips(points: readonly CoursePoint[], depth = 0.3): CoursePoint[] {
  const dips: CoursePoint[] = [];
  let high = points[0];
  let low: CoursePoint | undefined;
  for (const point of points) {
    if (!high) break;
    if (low === undefined) {
      if (point.ph > high.ph) high = point;
      else if (high.ph - point.ph >= depth) low = point;
    } else if (point.ph < low.ph) low = point;
    else if (point.ph - low.ph >= depth) {
      dips.push(low);
      low = undefined;
      high = point;
    }
  }
  if (low) dips.push(low);
  return dips;
}
