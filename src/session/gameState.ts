// The whole game as plain, serialisable data: what a save writes, what a debrief, an
// export and a test read. Nothing in here is a class instance.
import type { StoryLine } from '../narrative/narrative';
import type { GroupName, Microbiome, MuralDescriptor } from '../sim';
import type { Chooser, Ensemble, StoryRole } from './ensemble';

export interface AppliedIntervention {
  name: string;
  dose: number;
  /** Simulated minute at which it was applied. */
  minute: number;
}

/** One entry of the choice log: who chose what, and what it did to the microbiome. */
export interface ChoiceRecord {
  turn: number;
  /** Who made the choice: the solo player's role, or in ensemble the role or the group. */
  role: Chooser;
  chapter: string | null;
  text: string;
  /** Interventions the story applied as a result of this choice. */
  interventions: AppliedIntervention[];
  minute: number;
  ph: number;
  health: number;
  /** Each group's share of the community after the choice. */
  shares: Record<GroupName, number>;
  mural: string;
}

/** One entry of the backlog: a line the story showed, or a choice someone made. */
export type TranscriptEntry =
  | { kind: 'line'; line: StoryLine }
  | { kind: 'choice'; text: string; role: Chooser };

/** The mural as it stood at the end of a chapter: one panel of the ending's tapestry. */
export interface ChapterMural {
  chapter: string | null;
  mural: MuralDescriptor;
}

export interface GameState {
  /** Bumped when this shape changes, so an old save is recognised as old. */
  format: 1;
  storyVersion: string;
  mode: 'solo' | 'ensemble';
  role: StoryRole;
  /** Who plays which role; only in ensemble play. */
  ensemble?: Ensemble;
  chapter: string | null;
  /** inkjs state JSON. */
  story: string;
  microbiome: Microbiome;
  log: ChoiceRecord[];
  transcript: TranscriptEntry[];
  /** One panel per chapter played so far; saves from before it existed lack it. */
  tapestry?: ChapterMural[];
  ended: boolean;
}
