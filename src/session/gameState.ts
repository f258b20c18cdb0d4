// The whole game as plain, serialisable data: what a save writes, what every view renders
// from, what a debrief, an export, a test and (later) a room server read. Nothing in here
// is a class instance, and nothing a view shows lives only in the view.
//
// The shape is written once, as a zod schema (saveSchemas.ts), and the types here are
// inferred from it; this module itself loads no zod, so the title and the views do not.
import type { z } from 'zod';
import type { Passage, StoryLine } from '../narrative/narrative';
import { type Cue, cueValue } from '../narrative/tags';
import type { Schemas } from './saveSchemas';

export type GameState = z.infer<Schemas['gameState']>;
export type FirstFormatGame = z.infer<Schemas['firstFormatGame']>;
export type ChoiceRecord = z.infer<Schemas['choiceRecord']>;
export type AppliedIntervention = z.infer<Schemas['intervention']>;
export type TranscriptEntry = z.infer<Schemas['transcriptEntry']>;
/** The mural as it stood at the end of a chapter: one panel of the ending's tapestry. */
export type ChapterMural = z.infer<Schemas['chapterMural']>;
/**
 * Where the story is and how it sounds: the last `# bg:` and `# music:` cues the story
 * gave. Kept as state (not re-read from the latest lines) so a resumed game looks and
 * sounds exactly as it did.
 */
export type Scene = z.infer<Schemas['scene']>;
/** A workshop discussion waiting for the facilitator: its questions and the one on screen. */
export type Discussion = z.infer<Schemas['discussion']>;
/** How the story ended, judged once by the simulation when the story ran out. */
export type EndingState = z.infer<Schemas['endingState']>;

/** The scene after a line's cues: `# bg:` moves the place, `# music:` changes (or stops) it. */
export function sceneAfter(scene: Scene, cues: readonly Cue[]): Scene {
  const backdrop = cueValue(cues, 'bg') ?? scene.backdrop;
  const music = cueValue(cues, 'music');
  if (music === undefined) return backdrop === scene.backdrop ? scene : { ...scene, backdrop };
  return { backdrop, music: music === 'none' || music === 'stop' ? null : music };
}

/** The passage on screen: the lines since the last choice, and the choices waiting. */
export function passageOf(state: GameState): Passage {
  return {
    lines: linesSinceLastChoice(state.transcript),
    choices: state.choices,
    ended: state.ended,
  };
}

/** The lines the story showed after the last choice of a backlog. */
export function linesSinceLastChoice(transcript: readonly TranscriptEntry[]): StoryLine[] {
  const lastChoice = transcript.map((entry) => entry.kind).lastIndexOf('choice');
  return transcript
    .slice(lastChoice + 1)
    .flatMap((entry) => (entry.kind === 'line' ? [entry.line] : []));
}

/** The choice that led to the passage on screen, or null at the start. */
export function lastChoiceOf(state: GameState): string | null {
  for (let i = state.transcript.length - 1; i >= 0; i -= 1) {
    const entry = state.transcript[i];
    if (entry?.kind === 'choice') return entry.text;
  }
  return null;
}
