// @vitest-environment happy-dom
// The teacher's mural gallery: a pressed button for the state shown, its words, and a click
// on another state asks for that state.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MURAL_DESCRIPTIONS, MURAL_EXAMPLES } from '../../../src/session/science';
import { isMuralState, MURAL_STATES, renderGallery } from '../../../src/ui/muralGallery';

let parts: { states: HTMLElement; words: HTMLElement };
beforeEach(() => {
  document.body.replaceChildren();
  parts = { states: document.createElement('div'), words: document.createElement('p') };
  document.body.append(parts.states, parts.words);
});

describe('the mural gallery', () => {
  it('shows a button per state, the shown one pressed, and says the state in words', () => {
    const descriptor = renderGallery(parts, 'acidic', () => {});
    const buttons = [...parts.states.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(MURAL_STATES);
    expect(
      buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent),
    ).toEqual(['acidic']);
    expect(parts.words.textContent).toBe(
      `acidic, after ${MURAL_EXAMPLES.acidic.history}: ${MURAL_DESCRIPTIONS.acidic}`,
    );
    // The wall it hands the stage is the state it names.
    expect(descriptor.state).toBe('acidic');
  });

  it('asks for the state whose button is clicked', () => {
    const pick = vi.fn();
    renderGallery(parts, 'vibrant', pick);
    const scorched = [...parts.states.querySelectorAll('button')].find(
      (b) => b.textContent === 'scorched',
    );
    scorched?.click();
    expect(pick.mock.calls).toEqual([['scorched']]);
  });

  it('knows a state name from anything else in the address', () => {
    expect(MURAL_STATES.every(isMuralState)).toBe(true);
    expect(isMuralState('<b>acidic</b>')).toBe(false);
    expect(isMuralState('')).toBe(false);
  });
});
