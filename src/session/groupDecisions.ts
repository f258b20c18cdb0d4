// What the group decided, read back from the story's own memory: each shared choice in the
// story sets a VAR (story/main.ink), and the debrief lists them in the order they came up.
// The story checker (tools/storyCallbacks.ts) counts this table as each VAR's debrief
// callback and fails when the story sets a value this table has no words for.

export interface GroupDecision {
  /** The ink VAR the shared choice sets. */
  variable: string;
  /** What was being decided, as a heading for the answer. */
  question: string;
  /** The words for each value the story sets. */
  answers: Readonly<Record<string, string>>;
}

export const GROUP_DECISIONS: readonly GroupDecision[] = [
  {
    variable: 'festival_lane',
    question: 'The Lane of Honeyed Things',
    answers: {
      grazed: 'grazed the whole Lane, one treat at a time',
      supper: 'one tart, with a proper supper',
      water: 'water from the mist fountains; the sweets saved for later',
    },
  },
  {
    variable: 'festival_bowl',
    question: 'The Passing of the Bowl',
    answers: { tasted: 'took a dab and said the old words', passed: 'passed it on untasted' },
  },
  {
    variable: 'festival_night',
    question: 'Festival night',
    answers: {
      danced: 'danced until the lanterns burned out',
      home: 'slipped home early, brushed and slept',
      moss: 'lay down in the moss beneath the mural',
    },
  },
  {
    variable: 'sensor_vote',
    question: 'The implant feeds in the outbreak',
    answers: {
      open: 'every feed opened to the Guardians',
      asked: 'stories asked for; readings only from those who offered them',
      rinse: 'no readings: an antiseptic rinse for everyone at the gate',
    },
  },
  {
    variable: 'outbreak_meal',
    question: 'What went round with the stories',
    answers: {
      breakfast: 'breakfast for everyone, and the water jugs',
      sweets: 'the festival leftovers',
      fast: 'nothing: a fast until every story was told',
    },
  },
  {
    variable: 'gel_recipe',
    question: 'What went into the gel',
    answers: {
      plain: 'the one strain and arginine, nothing unnamed',
      blended: 'a spoon from every festival jar',
      sterile: 'antiseptic: the vats and the volunteers sterilised',
    },
  },
  {
    variable: 'gel_protocol',
    question: 'How the gel went out',
    answers: {
      asked: 'Jalen’s three lines: ask first, dose small, a sensor on every treated mouth',
      lane: 'tables down the Lane, as much as anyone liked',
      honey: 'with a honey-drop to take the taste away',
      held: 'held back a day: brushing circles and water first',
    },
  },
  {
    variable: 'ritual_bowl',
    question: 'What filled the Bowl at the ritual',
    answers: {
      water: 'water, only water',
      plain: 'the plain strain and arginine',
      blended: 'the old starters, blended',
      honey: 'honey and fig syrup',
      rinse: 'the strong antiseptic',
    },
  },
  {
    variable: 'ritual_night',
    question: 'How the ritual night ended',
    answers: {
      dawn: 'stories until dawn, then brushing together',
      song: 'singing until the voices gave out',
      home: 'the stories carried home at midnight',
    },
  },
  {
    variable: 'implant_rule',
    question: 'Who holds the readings',
    answers: {
      charter: 'a charter: each reading its own mouth’s, every rule ending with the season',
      board: 'an open board: every reading on the wall by name',
      off: 'the implants switched off',
    },
  },
  {
    variable: 'everyday_rule',
    question: 'The everyday rule',
    answers: {
      routine: 'meals at set hours, water between, brushing circles every evening',
      pots: 'a pot of the workshop’s brew in every kitchen',
      rinse_day: 'a rinse-day every week',
      lane: 'the Lane open all day',
    },
  },
];

export interface DecisionMade {
  question: string;
  answer: string;
}

/**
 * The decisions a game's story remembers, from its saved ink state (inkjs keeps the
 * variables a story has set under `variablesState`, strings as "^value"). Decisions the
 * session never reached are left out; an unreadable state gives none.
 */
export function decisionsMade(storyState: string): DecisionMade[] {
  let variables: Record<string, unknown> = {};
  try {
    const state = JSON.parse(storyState) as { variablesState?: Record<string, unknown> };
    variables = state.variablesState ?? {};
  } catch {
    return [];
  }
  return GROUP_DECISIONS.flatMap(({ variable, question, answers }) => {
    const raw = variables[variable];
    const value = typeof raw === 'string' ? raw.replace(/^\^/, '') : '';
    const answer = answers[value];
    return answer ? [{ question, answer: answer.charAt(0).toUpperCase() + answer.slice(1) }] : [];
  });
}
