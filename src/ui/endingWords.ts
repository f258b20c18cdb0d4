// What each ending is called on screen, and the one-sentence reason the simulation gives.
import type { EndingName } from '../session/science';

export const ENDING_WORDS: Record<EndingName, { title: string; summary: string }> = {
  flourishing: {
    title: 'A Flourishing Balance',
    summary:
      'The shared microbiome is diverse and calm: commensals hold the ground, pH recovers quickly after every meal, and the gums are quiet.',
  },
  fragile: {
    title: 'A Fragile Balance',
    summary:
      'The community held, but only just: it would tip again with a few more sweet days or one careless dose.',
  },
  acid_takeover: {
    title: 'The Acid Tide',
    summary:
      'Frequent sugar kept the plaque acidic for hours each day, and acid-loving S. mutans and lactobacilli took over.',
  },
  inflamed: {
    title: 'The Smouldering Gums',
    summary:
      'Inflammation fed the gum-line anaerobes and they fed it back: a small keystone pathogen turned the whole community against its hosts.',
  },
  scorched: {
    title: 'The Scorched Garden',
    summary:
      'Antiseptic swept the community away. Diversity collapsed, and what regrows first is rarely what was lost.',
  },
};
