// One short, real history for each of the mural's states, so a teacher (or a test) can
// show every state the wall can take. Each is simulated from a settled, healthy mouth.
import { applyIntervention, type InterventionName } from './interventions';
import { advance, createMicrobiome } from './microbiome';
import type { MuralStateName } from './mural';
import type { Microbiome } from './state';

type Step = { do: InterventionName; dose: number } | { wait: number };

export interface MuralExample {
  /** What happened to the mouth, in a phrase a class can follow. */
  history: string;
  steps: readonly Step[];
}

export const MURAL_EXAMPLES: Record<MuralStateName, MuralExample> = {
  vibrant: { history: 'a healthy mouth on ordinary meals', steps: [] },
  serene: {
    history: 'three days after a single antiseptic rinse, still regrowing',
    steps: [{ do: 'chlorhexidine', dose: 1 }, { wait: 4320 }],
  },
  // Caught mid-dip: the evening after a day of grazing the wall has healed back to teal and
  // looks vibrant, though the verdict is fragile; twenty minutes into the next snack the amber
  // and the quick pulse show what "anxious" means.
  anxious: {
    history: 'the first twenty minutes of a seventh sweet snack in a grazing day',
    steps: [
      ...[1, 2, 3, 4, 5, 6].flatMap(() => [{ do: 'sugar_snack', dose: 1 } as const, { wait: 120 }]),
      { do: 'sugar_snack', dose: 1 },
      { wait: 20 },
    ],
  },
  acidic: {
    history: 'three days of feasting with a dry, stressed mouth',
    steps: [
      { do: 'dry_mouth', dose: 1 },
      { do: 'sugar_feast', dose: 1 },
      { wait: 1440 },
      { do: 'sugar_feast', dose: 1 },
      { do: 'dry_mouth', dose: 1 },
      { wait: 1440 },
      { do: 'sugar_feast', dose: 1 },
      { wait: 600 },
    ],
  },
  inflamed: {
    history: 'four days of the blended festival gel, a full dose each day',
    steps: [1, 2, 3, 4].flatMap(() => [{ do: 'blended_gel', dose: 1 } as const, { wait: 1440 }]),
  },
  scorched: {
    history: 'an hour after the third full-strength antiseptic rinse in two days',
    steps: [
      { do: 'chlorhexidine', dose: 1 },
      { wait: 1440 },
      { do: 'chlorhexidine', dose: 1 },
      { wait: 1440 },
      { do: 'chlorhexidine', dose: 1 },
      { wait: 60 },
    ],
  },
};

export function exampleMicrobiome(state: MuralStateName): Microbiome {
  let m = createMicrobiome();
  for (const step of MURAL_EXAMPLES[state].steps) {
    m = 'wait' in step ? advance(m, step.wait) : applyIntervention(m, step.do, step.dose);
  }
  return m;
}
