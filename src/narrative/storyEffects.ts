// What the story may do to and read from the world: the ink EXTERNAL contract. The
// narrative layer only knows this interface; the session decides what stands behind it
// (the shared microbiome simulation in the game, a recording fake in tests).

export interface StoryEffects {
  /** Side effect: apply a named intervention with a dose in 0..1. */
  apply(intervention: string, dose: number): void;
  /** Side effect: let simulated time pass. */
  advance(minutes: number): void;
  ph(): number;
  health(): number;
  diversity(): number;
  share(group: string): number;
  mural(): string;
  ending(): string;
}

export interface ExternalFunction {
  name: keyof StoryEffects;
  /** Side effects must run exactly once, so ink may not call them while looking ahead. */
  lookaheadSafe: boolean;
  params: readonly string[];
  meaning: string;
}

/** The writer-facing list; story/README.md documents the same names. */
export const EXTERNAL_FUNCTIONS: readonly ExternalFunction[] = [
  {
    name: 'apply',
    lookaheadSafe: false,
    params: ['intervention', 'dose'],
    meaning: 'apply an intervention to the shared microbiome',
  },
  { name: 'advance', lookaheadSafe: false, params: ['minutes'], meaning: 'let time pass' },
  { name: 'ph', lookaheadSafe: true, params: [], meaning: 'plaque pH now' },
  { name: 'health', lookaheadSafe: true, params: [], meaning: 'community health, 0 to 1' },
  { name: 'diversity', lookaheadSafe: true, params: [], meaning: 'evenness of the groups, 0 to 1' },
  { name: 'share', lookaheadSafe: true, params: ['group'], meaning: 'share of one group, 0 to 1' },
  { name: 'mural', lookaheadSafe: true, params: [], meaning: 'name of the mural state' },
  {
    name: 'ending',
    lookaheadSafe: true,
    params: [],
    meaning: 'name of the ending the sim points to',
  },
];
