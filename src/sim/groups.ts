export type GroupName = 'C' | 'M' | 'L' | 'V' | 'F' | 'P' | 'K';

export const GROUPS: readonly GroupName[] = Object.freeze(['C', 'M', 'L', 'V', 'F', 'P', 'K']);

/** Groups counted for Shannon diversity: the brief defines H' over the bacteria, so Candida is out. */
export const BACTERIAL_GROUPS: readonly GroupName[] = Object.freeze(['C', 'M', 'L', 'V', 'F', 'P']);

export const GROUP_INFO: Record<GroupName, { name: string; description: string }> = {
  C: {
    name: 'Commensal streptococci',
    description:
      'S. sanguinis, S. gordonii and Actinomyces: the first settlers of clean enamel. They make ' +
      'hydrogen peroxide that holds S. mutans back and turn arginine into pH-raising ammonia.',
  },
  M: {
    name: 'Streptococcus mutans',
    description:
      'Turns sugar into acid fast and keeps working when the plaque turns sour. Harmless at low ' +
      'levels; it takes over when sugar comes often.',
  },
  L: {
    name: 'Lactobacilli',
    description:
      'Slow growers that thrive in the most acidic plaque and push the pH lower still. They ' +
      'follow S. mutans into a cavity rather than start one.',
  },
  V: {
    name: 'Veillonella',
    description:
      'Eats the lactic acid that streptococci leave behind and turns it into weaker acids, ' +
      'softening each acid attack.',
  },
  F: {
    name: 'Fusobacterium nucleatum',
    description:
      'The bridge organism: it binds early and late colonisers together and feeds on the ' +
      'proteins that seep from inflamed gums.',
  },
  P: {
    name: 'Porphyromonas gingivalis',
    description:
      'A keystone pathogen: rare, needs Fusobacterium to settle, yet it turns the host immune ' +
      'response against the gum and shelters the gum-line bacteria around it.',
  },
  K: {
    name: 'Candida albicans',
    description:
      'A yeast that partners with S. mutans when sugar is plentiful, building thicker, more ' +
      'acidic biofilm.',
  },
};
