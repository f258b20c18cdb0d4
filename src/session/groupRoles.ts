// What each group does in the plaque, in a class's words: its role (acid-maker, acid-lover,
// alkali-maker, ...), what feeds it and what it does to pH. The mural's key and identity
// cards say these beside the science notes (sim/groups.ts GROUP_INFO); a unit test holds
// every claim here to the model's own parameters (who makes acid, who eats lactate, who
// feeds on the inflamed gum), so the words cannot drift from what the simulation does.
import type { GroupName } from '../sim';
import { PARAMETERS } from '../sim/parameters';

/** Where the commensals' glycolysis stops, to one decimal, as the card quotes it. */
export const COMMENSAL_ACID_STOP = Math.round(10 * PARAMETERS.groups.C.glycolysisFloor.value) / 10;

export interface GroupRole {
  /** One or two words a class can use: "acid-maker". */
  role: string;
  /** What it lives on, in the model. */
  feeds: string;
  /** Which way it pushes plaque pH, and how. */
  ph: string;
  /** What it does to pH in a few words, for the key's one line per group. */
  short: string;
  /** The direction, which the test holds to the model. */
  phDirection: 'lowers' | 'raises' | 'both' | 'neither';
}

export const GROUP_ROLES: Record<GroupName, GroupRole> = {
  C: {
    role: 'first settlers, acid- and alkali-makers',
    feeds: 'Proteins in saliva, and some sugar.',
    // Healthy plaque is mostly commensals, so after sugar they make most of its acid, if a
    // gentler acid than S. mutans (Takahashi & Nyvad 2011); between meals they make alkali.
    ph:
      'Both ways: after sugar they make most of the acid in healthy plaque, but stop near ' +
      `pH ${COMMENSAL_ACID_STOP}; between meals they turn arginine into ammonia, which ` +
      'neutralises acid.',
    short: 'acid after sugar, alkali between',
    phDirection: 'both',
  },
  M: {
    role: 'acid-maker',
    feeds: 'Sugar, above all; it stores some for later.',
    ph: 'Lowers it, fast: it turns sugar into lactic acid and keeps going down to about pH 4.',
    short: 'lowers pH fast',
    phDirection: 'lowers',
  },
  L: {
    role: 'acid-lover',
    feeds: 'Sugar, in plaque that is already acidic.',
    ph: 'Lowers it further: it grows best near pH 6 and makes acid down to about pH 3.5.',
    short: 'lowers pH further',
    phDirection: 'lowers',
  },
  V: {
    role: 'acid-eater',
    feeds: 'Lactic acid that the streptococci leave behind, rather than sugar.',
    ph: 'Softens each drop: it turns lactic acid into weaker acids and makes none from sugar.',
    short: 'softens acid dips',
    phDirection: 'raises',
  },
  F: {
    role: 'bridge between colonies',
    feeds: 'Peptides in saliva, and proteins that seep from inflamed gums.',
    ph: 'Makes no acid. It needs a near-neutral plaque and dwindles when pH control is lost.',
    short: 'makes no acid',
    phDirection: 'neither',
  },
  P: {
    role: 'keystone gum pathogen',
    feeds: 'Proteins from inflamed gums; it needs Fusobacterium to settle.',
    ph:
      'Makes no acid and cannot grow below about pH 6.3; its harm is to the gums, turning ' +
      'the immune response against them.',
    short: 'makes no acid; harms gums',
    phDirection: 'neither',
  },
  K: {
    role: 'yeast partner of S. mutans',
    feeds: 'Sugar, alongside S. mutans.',
    ph: 'Lowers it: it makes acid from sugar and thrives in acidic plaque (best near pH 5.5).',
    short: 'lowers pH',
    phDirection: 'lowers',
  },
};
