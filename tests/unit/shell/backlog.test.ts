// @vitest-environment happy-dom
// The history dialog: renders the transcript it is given (chapters as headings, speakers,
// science notes, who chose), all as text, and gives focus back to its opener on close.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseTags } from '../../../src/narrative/tags';
import type { TranscriptEntry } from '../../../src/session/gameState';
import { mountBacklog } from '../../../src/ui/backlog';

const line = (text: string, ...tags: string[]): TranscriptEntry => ({
  kind: 'line',
  line: { text, cues: parseTags(tags) },
});
const choice = (text: string, role: string): TranscriptEntry =>
  ({ kind: 'choice', text, role }) as TranscriptEntry;

const TRANSCRIPT: TranscriptEntry[] = [
  line('The lantern-moss glows.', 'chapter: The Festival of Shared Mouths'),
  line('Try the <b>blend</b>.', 'speaker: <i>Mirela</i>'),
  line('Plaque is a community.', 'fact: Acid-makers <em>thrive</em> on sugar.'),
  choice('Share the <script>gel</script>', 'torus'),
  line(''),
];

let opener: HTMLButtonElement;
beforeEach(() => {
  document.body.replaceChildren();
  opener = document.createElement('button');
  opener.textContent = 'History';
  document.body.append(opener);
});

const textOf = () => document.getElementById('history-text') as HTMLElement;

describe('the history', () => {
  it('shows every line and choice in order, markup in the story shown as the letters it is', () => {
    const backlog = mountBacklog();
    backlog.open(TRANSCRIPT, false, opener);
    expect(backlog.isOpen).toBe(true);
    const shown = [...textOf().children].map((node) => [node.tagName, node.textContent]);
    expect(shown).toEqual([
      ['H3', 'The Festival of Shared Mouths'],
      ['P', 'The lantern-moss glows.'],
      ['P', '<i>Mirela</i>: Try the <b>blend</b>.'],
      ['P', 'Plaque is a community.'],
      ['P', 'Science note: Acid-makers <em>thrive</em> on sugar.'],
      ['P', 'Torus Kline chose: Share the <script>gel</script>'],
    ]);
    // Not one element came from the story's text.
    expect(textOf().querySelectorAll('b, i, em, script')).toHaveLength(0);
  });

  it('says "You chose" in solo play, and "The group chose" for the group', () => {
    const backlog = mountBacklog();
    backlog.open([choice('Wait', 'kara')], true, opener);
    expect(textOf().textContent).toBe('You chose: Wait');
    document.querySelector('dialog')?.close();
    backlog.open([choice('Vote', 'group')], false, opener);
    expect(textOf().textContent).toBe('The group chose: Vote');
  });

  it('says so when nothing has happened yet', () => {
    mountBacklog().open([], true, opener);
    expect(textOf().textContent).toBe('Nothing has happened yet.');
  });

  it('puts focus on the text to scroll, and back on its opener when closed', () => {
    const backlog = mountBacklog();
    backlog.open(TRANSCRIPT, true, opener);
    expect(document.activeElement).toBe(textOf());
    (document.querySelector('.reading-dialog-close') as HTMLButtonElement).click();
    expect(backlog.isOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
    // Closed, it keeps no copy of the story in the page.
    expect(textOf().childElementCount).toBe(0);
  });
});
