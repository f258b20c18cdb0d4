// @vitest-environment happy-dom
// Single-key shortcuts: 1-9 click the matching choice, bound letters run their action, and
// nothing fires while typing, with a modifier, with a dialog open, when hidden or switched off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChoiceKeys, installChoiceKeys } from '../../../src/ui/keyboard';

let choices: HTMLElement;
let keys: ChoiceKeys;
let clicked: string[];

beforeEach(() => {
  document.body.replaceChildren();
  choices = document.createElement('fieldset');
  clicked = [];
  for (const text of ['Share the gel', 'Keep it', 'Ask Kara']) {
    const button = document.createElement('button');
    button.className = 'choice';
    button.textContent = text;
    button.addEventListener('click', () => clicked.push(text));
    choices.append(button);
  }
  document.body.append(choices);
  keys = installChoiceKeys(choices);
});

afterEach(() => keys.remove());

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('the choice keys', () => {
  it('picks the choice with that number, and takes the key for it', () => {
    const event = press('2');
    expect(clicked).toEqual(['Keep it']);
    expect(event.defaultPrevented).toBe(true);
    press('3');
    press('1');
    expect(clicked).toEqual(['Keep it', 'Ask Kara', 'Share the gel']);
  });

  it('leaves a number with no choice, and other keys, alone', () => {
    for (const key of ['4', '9', '0', 'a', 'Enter'])
      expect(press(key).defaultPrevented).toBe(false);
    expect(clicked).toEqual([]);
  });

  it('does nothing with a modifier held, or a key held down', () => {
    press('1', { ctrlKey: true });
    press('1', { altKey: true });
    press('1', { metaKey: true });
    press('1', { repeat: true });
    expect(clicked).toEqual([]);
  });

  it('does nothing while the player types, or a dialog is open', () => {
    const input = document.createElement('input');
    document.body.append(input);
    press('1', {}, input);
    expect(clicked).toEqual([]);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    press('1');
    expect(clicked).toEqual([]);
  });

  it('does nothing while the choices are hidden', () => {
    const screen = document.createElement('section');
    screen.hidden = true;
    screen.append(choices);
    document.body.append(screen);
    press('1');
    expect(clicked).toEqual([]);
  });

  it('can be switched off and on again, and removed', () => {
    keys.setEnabled(false);
    expect(keys.enabled).toBe(false);
    press('1');
    keys.setEnabled(true);
    press('2');
    keys.remove();
    press('3');
    expect(clicked).toEqual(['Keep it']);
  });

  it('runs a bound letter in either case; a letter whose action did nothing keeps its meaning', () => {
    const history = vi.fn(() => true);
    const back = vi.fn(() => false);
    keys.bind('H', history);
    keys.bind('b', back);
    expect(press('h').defaultPrevented).toBe(true);
    expect(press('H').defaultPrevented).toBe(true);
    expect(press('b').defaultPrevented).toBe(false);
    expect(history).toHaveBeenCalledTimes(2);
    expect(back).toHaveBeenCalledTimes(1);
    keys.setEnabled(false);
    press('h');
    expect(history).toHaveBeenCalledTimes(2);
  });
});
