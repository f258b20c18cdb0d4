// @vitest-environment happy-dom
// The workshop's setup screen: players' names become the cast as typed (as text), seats
// follow the player count, and Start and Back reach the right action.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ensemble } from '../../../src/session/ensemble';
import { renderEnsembleSetup } from '../../../src/ui/ensembleSetup';

let screen: HTMLElement;
let start: ReturnType<typeof vi.fn<(ensemble: Ensemble) => void>>;
let cancel: ReturnType<typeof vi.fn<() => void>>;
let first: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  screen = document.createElement('section');
  document.body.append(screen);
  start = vi.fn<(ensemble: Ensemble) => void>();
  cancel = vi.fn<() => void>();
  first = renderEnsembleSetup(screen, { start, cancel });
});

const labelled = (words: string) => {
  const label = [...screen.querySelectorAll('label')].find((l) => l.textContent === words);
  const id = label?.getAttribute('for');
  const control = id ? document.getElementById(id) : null;
  if (!control) throw new Error(`no control labelled "${words}"`);
  return control as HTMLInputElement & HTMLSelectElement;
};
const type = (words: string, value: string) => {
  const input = labelled(words);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = () =>
  (screen.querySelector('form') as HTMLFormElement).dispatchEvent(
    new Event('submit', { bubbles: true, cancelable: true }),
  );

describe('the workshop setup', () => {
  it('starts with a sensible default: four players, one role each, a short session with discussion', () => {
    expect(first).toBe(labelled('How many people are playing?'));
    submit();
    expect(start.mock.calls).toEqual([
      [
        {
          cast: { elara: 'Player 1', torus: 'Player 2', kara: 'Player 3', jalen: 'Player 4' },
          length: 'short',
          discussion: true,
        },
      ],
    ]);
  });

  it('casts the names as typed, markup and all, and offers them as text for each role', () => {
    type("Player 1's name", '<b>Ana</b>');
    type("Player 2's name", '  Ben  ');
    const options = [
      ...(screen.querySelectorAll('.workshop-roles select')[0]?.querySelectorAll('option') ?? []),
    ];
    expect(options.map((o) => o.textContent)).toEqual([
      '<b>Ana</b>',
      'Ben',
      'Player 3',
      'Player 4',
    ]);
    expect(screen.querySelector('b')).toBeNull();
    submit();
    expect(start.mock.calls[0]?.[0].cast).toMatchObject({ elara: '<b>Ana</b>', torus: 'Ben' });
  });

  it('gives the roles of a seat that left to the players who stay, and keeps the session choices', () => {
    const count = labelled('How many people are playing?');
    count.value = '2';
    count.dispatchEvent(new Event('change', { bubbles: true }));
    expect(screen.querySelectorAll('.workshop-names input')).toHaveLength(2);
    (screen.querySelector('input[value="full"]') as HTMLInputElement).checked = true;
    labelled('Pause for discussion when the story asks a question').checked = false;
    submit();
    expect(start.mock.calls).toEqual([
      [
        {
          cast: { elara: 'Player 1', torus: 'Player 2', kara: 'Player 1', jalen: 'Player 2' },
          length: 'full',
          discussion: false,
        },
      ],
    ]);
  });

  it('lets a role go to another player', () => {
    const kara = screen.querySelectorAll<HTMLSelectElement>(
      '.workshop-roles select',
    )[2] as HTMLSelectElement;
    kara.value = '0';
    kara.dispatchEvent(new Event('change', { bubbles: true }));
    submit();
    expect(start.mock.calls[0]?.[0].cast.kara).toBe('Player 1');
  });

  it('goes back to the title without starting', () => {
    [...screen.querySelectorAll('button')]
      .find((b) => b.textContent === 'Back to the title')
      ?.click();
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
  });
});
