// The choices that moved the shared microbiome most, said from what the simulation did:
// each choice's interventions against the same hours without them, a day later
// (choiceTrace.ts). A choice is credited with helping only if nothing it did harmed (no
// acid dip it caused, no rise of the acid-makers, no loss of health); changes too small to
// matter are left out rather than said as "by 0%". A Scorched ending is judged on the rinses
// themselves (repeated antiseptic, ending.ts), not on a day's health, so there every rinse
// is one of its causes, whatever the day after it looked like.
import { ENDING_THRESHOLDS, type EndingName, INTERVENTIONS } from '../sim';
import type { ChoiceEffect } from './choiceTrace';
import { chooserWords, type Ensemble } from './ensemble';
import type { ChoiceRecord } from './gameState';

/** Health (0-1) changes smaller than this are not worth a class's attention. */
export const HEALTH_MATTERS = 0.005;
/** A change of the acid-makers' share, in share (0-1), that matters. */
export const ACID_SHARE_MATTERS = 0.01;
/** Below it enamel dissolves: a dip a choice caused past it is harm whatever else it did. */
const CRITICAL_PH = 5.5;

export interface TurningPoint {
  record: ChoiceRecord;
  /** What the choice did compared with not making it, or null for an older save. */
  effect: ChoiceEffect | null;
  /** Helped, harmed, or (older saves, which kept no comparison) what followed it. */
  verdict: 'helped' | 'harmed' | 'followed';
  /** One sentence in plain words, for the debrief screen. */
  words: string;
}

/** A choice's verdict from its effect; null when nothing it did is large enough to say. */
export function judgeChoice(effect: ChoiceEffect): 'helped' | 'harmed' | null {
  const causedDip = effect.lowestPh < CRITICAL_PH && effect.lowestPhWithout >= CRITICAL_PH;
  const harmed =
    causedDip || effect.health <= -HEALTH_MATTERS || effect.acidMakers >= ACID_SHARE_MATTERS;
  if (harmed) return 'harmed';
  const helped = effect.health >= HEALTH_MATTERS || effect.acidMakers <= -ACID_SHARE_MATTERS;
  return helped ? 'helped' : null;
}

/** How much a choice mattered, for ordering: health, acid-makers and a dip it caused. */
function weight(effect: ChoiceEffect): number {
  const causedDip = effect.lowestPh < CRITICAL_PH && effect.lowestPhWithout >= CRITICAL_PH;
  return Math.abs(effect.health) + Math.abs(effect.acidMakers) + (causedDip ? 0.02 : 0);
}

/** The choices that moved the shared microbiome most, largest first. */
export function turningPoints(
  log: readonly ChoiceRecord[],
  count = 3,
  ensemble: Ensemble | null = null,
  ending: EndingName | null = null,
): TurningPoint[] {
  const points: Array<TurningPoint & { weight: number }> = [];
  log.forEach((record, i) => {
    if (ending === 'scorched' && rinsed(record)) {
      points.push({
        record,
        effect: record.effect ?? null,
        verdict: 'harmed',
        words: scorchingRinse(record, ensemble),
        // The ending's own cause: listed before any day's change in health.
        weight: 1 + (record.effect ? weight(record.effect) : 0),
      });
      return;
    }
    if (record.effect) {
      const verdict = judgeChoice(record.effect);
      if (!verdict) return;
      points.push({
        record,
        effect: record.effect,
        verdict,
        words: describe(record, record.effect, verdict, ensemble),
        weight: weight(record.effect),
      });
      return;
    }
    // An older save kept no comparison: say what followed the choice, credit no one.
    const before = log[i - 1];
    if (!before || record.interventions.length === 0) return;
    const change = record.health - before.health;
    if (Math.abs(change) < 0.01) return;
    points.push({
      record,
      effect: null,
      verdict: 'followed',
      words: `${chooserWords(record.role, ensemble)} chose "${record.text}" (${did(record)}); after it, community health went from ${percent(before.health)} to ${percent(record.health)}.`,
      weight: Math.abs(change),
    });
  });
  return points
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count)
    .map(({ weight: _, ...point }) => point);
}

function rinsed(record: ChoiceRecord): boolean {
  return record.interventions.some((i) => i.name === 'chlorhexidine' && i.dose > 0);
}

/** A rinse on a Scorched ending: what its next day showed, and why it still counts as harm. */
function scorchingRinse(record: ChoiceRecord, ensemble: Ensemble | null): string {
  const effect = record.effect;
  const dayAfter =
    !effect || Math.abs(effect.health) < HEALTH_MATTERS
      ? ''
      : effect.health > 0
        ? ` A day later community health was ${points(effect.health)} higher than without it, because it killed acid-makers and gum bacteria along with the rest, but`
        : ` A day later community health was ${points(effect.health)} lower than without it, and`;
  const { scorchedRinses, scorchedRinsesIfBarren } = ENDING_THRESHOLDS;
  return `${chooserWords(record.role, ensemble)} chose "${record.text}" (${did(record)}).${dayAfter}${dayAfter ? ' it' : ' It'} was one of the antiseptic rinses that together scorched the community: the game calls doses adding up to ${scorchedRinses} full-strength rinses within three days scorched (${scorchedRinsesIfBarren} while diversity is still low).`;
}

function did(record: ChoiceRecord): string {
  return record.interventions
    .map((i) => INTERVENTIONS[i.name as keyof typeof INTERVENTIONS]?.label ?? i.name)
    .join(' and ');
}

function describe(
  record: ChoiceRecord,
  effect: ChoiceEffect,
  verdict: 'helped' | 'harmed',
  ensemble: Ensemble | null,
): string {
  const parts: string[] = [];
  if (effect.lowestPh < CRITICAL_PH && effect.lowestPhWithout >= CRITICAL_PH) {
    parts.push(
      `sent plaque pH down to ${effect.lowestPh.toFixed(1)}, below the 5.5 where enamel dissolves (without it, ${effect.lowestPhWithout.toFixed(1)})`,
    );
  }
  if (Math.abs(effect.acidMakers) >= ACID_SHARE_MATTERS) {
    parts.push(
      `${effect.acidMakers > 0 ? 'raised' : 'cut'} the acid-makers' share by ${points(effect.acidMakers)}`,
    );
  }
  if (Math.abs(effect.health) >= HEALTH_MATTERS) {
    parts.push(
      `${effect.health > 0 ? 'raised' : 'lowered'} community health by ${points(effect.health)} a day later`,
    );
  }
  const who = chooserWords(record.role, ensemble);
  const what = did(record);
  const verb = verdict === 'harmed' ? 'harmed' : 'helped';
  return `${who} chose "${record.text}": ${what} ${verb} the community. Compared with not doing it, it ${joinWords(parts)}.`;
}

/** A change in share or health as percentage points, never "0": it is at least 1 here. */
function points(change: number): string {
  const value = Math.max(1, Math.round(Math.abs(change) * 100));
  return `${value} ${value === 1 ? 'point' : 'points'}`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
