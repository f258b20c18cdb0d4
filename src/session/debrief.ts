// What a workshop looks back on after the ending: the simulation's course with every
// choice marked, the choices that moved it most, and the session as CSV for a
// spreadsheet. Pure functions of the choice log.
import {
  classifyEnding,
  createMicrobiome,
  ENDING_THRESHOLDS,
  GROUPS,
  type GroupName,
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
import { type Chooser, chooserWords, type Ensemble } from './ensemble';
import type { ChoiceRecord, EndingState, TranscriptEntry } from './gameState';

export interface TurningPoint {
  record: ChoiceRecord;
  /** Change in community health (0-1) that this choice brought about. */
  healthChange: number;
  /** Change in the acid-makers' (S. mutans + lactobacilli) share. */
  acidMakersChange: number;
  /** One sentence in plain words, for the debrief screen. */
  words: string;
}

/**
 * The community every game starts from. Made once, on first use: building it runs a
 * simulated week, which the page should not pay for at load or on every debrief.
 */
let start: Microbiome | null = null;
function startingCommunity(): Microbiome {
  start ??= createMicrobiome();
  return start;
}

/** The choices that moved the shared microbiome most, largest first. */
export function turningPoints(
  log: readonly ChoiceRecord[],
  count = 3,
  ensemble: Ensemble | null = null,
): TurningPoint[] {
  const points = log.map((record, i) => {
    const before = log[i - 1];
    const healthChange = record.health - (before?.health ?? health(startingCommunity()));
    const acid = (r: ChoiceRecord | undefined) => (r ? r.shares.M + r.shares.L : 0);
    const acidMakersChange = before ? acid(record) - acid(before) : 0;
    return {
      record,
      healthChange,
      acidMakersChange,
      words: describe(record, healthChange, ensemble),
    };
  });
  return points
    .filter((point) => point.record.interventions.length > 0 || point.healthChange !== 0)
    .sort((a, b) => Math.abs(b.healthChange) - Math.abs(a.healthChange))
    .slice(0, count);
}

function describe(record: ChoiceRecord, healthChange: number, ensemble: Ensemble | null): string {
  const who = chooserWords(record.role, ensemble);
  const did = record.interventions.length
    ? record.interventions
        .map((i) => INTERVENTIONS[i.name as keyof typeof INTERVENTIONS]?.label ?? i.name)
        .join(' and ')
    : 'time passing';
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const direction = healthChange >= 0 ? 'raised' : 'lowered';
  return `${who} chose "${record.text}": ${did} ${direction} community health by ${pct(Math.abs(healthChange))}, to ${pct(record.health)}.`;
}

const COLUMNS = [
  'turn',
  'day',
  'time',
  'role',
  'player',
  'chapter',
  'choice',
  'interventions',
  'ph',
  'health',
  ...GROUPS.map((group) => `share_${group}`),
  'mural',
];

function csvField(value: string | number): string {
  const text = String(value);
  // Quote fields with separators, quotes or line breaks; a leading = + - @ is
  // neutralised so a spreadsheet never runs a player's text as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per choice: time, role, choice text, interventions, pH, health and shares. */
export function choiceLogCsv(
  log: readonly ChoiceRecord[],
  ensemble: Ensemble | null = null,
): string {
  const rows = log.map((record) => {
    const day = Math.floor(record.minute / 1440) + 1;
    const minutes = Math.round(record.minute % 1440);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return [
      record.turn,
      day,
      time,
      record.role,
      playerOf(record, ensemble),
      record.chapter ?? '',
      record.text,
      record.interventions.map((i) => `${i.name} ${i.dose}`).join('; '),
      record.ph.toFixed(2),
      record.health.toFixed(3),
      ...GROUPS.map((group) => record.shares[group].toFixed(4)),
      record.mural,
    ].map(csvField);
  });
  return `${[COLUMNS, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The player's name in ensemble play (every player for a group choice); empty in solo. */
function playerOf(record: ChoiceRecord, ensemble: Ensemble | null): string {
  if (!ensemble) return '';
  if (record.role === 'group') return [...new Set(Object.values(ensemble.cast))].join(' + ');
  return ensemble.cast[record.role];
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
    return `acid-loving bacteria (S. mutans and lactobacilli) were ${percent(s.M + s.L)} of the community, above the healthy few percent`;
  },
  gums_reddening: () => 'the gums were reddening: inflammation a quarter of the way or more',
  enamel_softened: (m) => `the enamel had lost ${percent(1 - m.enamel)} of its mineral`,
  diversity_depleted: () => 'the community was still thin and uneven after antiseptic',
  low_health: (m) =>
    `community health was ${percent(health(m))}, not above ${percent(ENDING_THRESHOLDS.flourishingHealth)}`,
};

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
  switch (ending) {
    case 'scorched':
      return `Antiseptic again and again: about ${recentRinses(m).toFixed(1)} full-strength chlorhexidine rinses in the last three days, and one rinse never scorches on its own. What regrows first is whatever survived.`;
    case 'acid_takeover':
      return `Acid-loving bacteria (S. mutans and lactobacilli) made up ${percent(s.M + s.L)} of the community, past the ${percent(t.acidShare)} line where they keep the mouth acidic themselves.`;
    case 'inflamed':
      return `Gum inflammation reached ${percent(m.inflammation)}, past the halfway line where the gum-line anaerobes and the inflammation feed each other.`;
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
