// The history (backlog): every line and choice of the game so far, in a native modal
// <dialog>, chapters as headings and choices marked, including what a `# clear` took off
// the story log. It opens scrolled to the latest line, with focus on the scrolling text so
// the arrow and page keys read back through it; Escape closes it and focus returns to
// whatever opened it.
import { cueValue } from '../narrative/tags';
import type { TranscriptEntry } from '../session/gameState';
import { isRoleId, ROLES } from '../session/roles';
import { element } from './dom';
import { modalDialog } from './modalDialog';
import './reading.css';

export interface Backlog {
  /** Shows `transcript`; `solo` says whose choices they were ("You chose"). */
  open(transcript: readonly TranscriptEntry[], solo: boolean, opener: HTMLElement | null): void;
  readonly isOpen: boolean;
}

export function mountBacklog(host: HTMLElement = document.body): Backlog {
  const title = element('h2', {
    className: 'reading-dialog-title',
    text: 'History',
    attributes: { id: 'history-title' },
  });
  const text = element('div', {
    className: 'backlog',
    attributes: {
      id: 'history-text',
      role: 'region',
      'aria-label': 'The story so far',
      // Focusable, so the keyboard can scroll it (and axe's scrollable-region rule holds).
      tabindex: '0',
    },
  });
  const { dialog, show } = modalDialog({
    className: 'backlog-dialog',
    labelledBy: 'history-title',
    host,
    children: [
      title,
      element('p', {
        className: 'reading-dialog-intro',
        text: 'Every line and choice so far, the latest at the bottom. Arrow and page keys scroll; Escape closes.',
      }),
      text,
    ],
    onClose: () => text.replaceChildren(),
  });

  return {
    open(transcript, solo, from) {
      if (dialog.open) return;
      text.replaceChildren(...render(transcript, solo));
      show(from);
      text.focus();
      text.scrollTop = text.scrollHeight;
    },
    get isOpen() {
      return dialog.open;
    },
  };
}

function render(transcript: readonly TranscriptEntry[], solo: boolean): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  for (const entry of transcript) {
    if (entry.kind === 'choice') {
      nodes.push(
        element('p', { className: 'backlog-choice' }, [
          element('span', { className: 'backlog-chooser', text: `${chooser(entry.role, solo)}: ` }),
          document.createTextNode(entry.text),
        ]),
      );
      continue;
    }
    const { line } = entry;
    const chapter = cueValue(line.cues, 'chapter');
    if (chapter) nodes.push(element('h3', { className: 'backlog-chapter', text: chapter }));
    if (line.text === '') continue;
    const speaker = cueValue(line.cues, 'speaker');
    const paragraph = element('p', { className: 'backlog-line' });
    if (speaker) {
      paragraph.append(element('span', { className: 'speaker', text: `${speaker}: ` }));
    }
    paragraph.append(document.createTextNode(line.text));
    nodes.push(paragraph);
    const fact = cueValue(line.cues, 'fact');
    if (fact) {
      nodes.push(
        element('p', { className: 'backlog-fact' }, [
          element('span', { className: 'fact-label', text: 'Science note: ' }),
          document.createTextNode(fact),
        ]),
      );
    }
  }
  if (nodes.length === 0) {
    nodes.push(element('p', { className: 'backlog-line', text: 'Nothing has happened yet.' }));
  }
  return nodes;
}

/** Whose choice: "You chose" in solo play; in ensemble play the role, or the group. */
function chooser(role: string, solo: boolean): string {
  if (solo) return 'You chose';
  if (isRoleId(role)) return `${ROLES[role].name} chose`;
  return 'The group chose';
}
