// A teacher's view of the mural: one button per state, each showing the wall after a
// short simulated history, with the state said in words. Reachable as `#mural=acidic`.
import {
  exampleMicrobiome,
  MURAL_DESCRIPTIONS,
  MURAL_EXAMPLES,
  type MuralDescriptor,
  type MuralStateName,
  muralState,
} from '../session/science';
import { element } from './dom';

export const MURAL_STATES = Object.keys(MURAL_EXAMPLES) as MuralStateName[];

export function isMuralState(value: string): value is MuralStateName {
  return (MURAL_STATES as string[]).includes(value);
}

export function renderGallery(
  parts: { states: HTMLElement; words: HTMLElement },
  shown: MuralStateName,
  onPick: (state: MuralStateName) => void,
): MuralDescriptor {
  parts.states.replaceChildren(
    ...MURAL_STATES.map((state) => {
      const button = element('button', {
        className: 'tool-button',
        text: state,
        attributes: { type: 'button', 'aria-pressed': String(state === shown) },
      });
      button.addEventListener('click', () => onPick(state));
      return button;
    }),
  );
  const descriptor = muralState(exampleMicrobiome(shown));
  parts.words.textContent = `${shown}, after ${MURAL_EXAMPLES[shown].history}: ${MURAL_DESCRIPTIONS[shown]}`;
  return descriptor;
}
