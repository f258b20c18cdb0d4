// The passage a room is reading, as text: the lines since the last choice with the chapter,
// whose part begins, who speaks, science notes and questions, as the one-screen story shows
// them. Shared by the projector (large) and the phone (compact).
import { captionFor } from '../../audio/captions';
import type { RoomView } from '../../room/protocol';
import { isRoleId, ROLES, type RoleId } from '../../session/roles';
import { element } from '../dom';
import { teamName } from './roomWords';

type ViewLine = RoomView['lines'][number];

/** The value of a line's first cue of `kind`, as the story's tags give it. */
export function cueOf(line: ViewLine, kind: string): string | undefined {
  for (const cue of line.cues) if (cue.kind === kind && 'value' in cue) return cue.value;
  return undefined;
}

/** The role whose part a line opens (`# role:`), if any. */
export function partOf(line: ViewLine): RoleId | null {
  const role = cueOf(line, 'role')?.toLowerCase();
  return isRoleId(role) ? role : null;
}

function notes(line: ViewLine, kind: 'fact' | 'discuss', label: string): HTMLElement[] {
  return line.cues.flatMap((cue) =>
    cue.kind === kind && 'value' in cue
      ? [
          element('aside', { className: `line ${kind}` }, [
            element('span', { className: `${kind}-label`, text: label }),
            document.createTextNode(cue.value),
          ]),
        ]
      : [],
  );
}

/** The nodes of one line, in reading order. */
export function lineNodes(line: ViewLine): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  const chapter = cueOf(line, 'chapter');
  if (chapter) nodes.push(element('h3', { className: 'chapter-heading', text: chapter }));
  const part = partOf(line);
  if (part && line.text !== '') {
    const heading = element('h3', {
      className: 'turn-heading',
      text: `${ROLES[part].name}'s part: ${teamName(part)} leads.`,
    });
    heading.style.setProperty('--turn-colour', ROLES[part].colour);
    return [...nodes, heading];
  }
  if (line.text !== '') {
    const speaker = cueOf(line, 'speaker');
    const paragraph = element('p', { className: speaker ? 'line dialogue' : 'line' });
    if (speaker)
      paragraph.append(element('strong', { className: 'speaker', text: `${speaker}: ` }));
    paragraph.append(document.createTextNode(line.text));
    nodes.push(paragraph);
  }
  for (const cue of line.cues) {
    if (cue.kind !== 'sfx' || !('value' in cue)) continue;
    const caption = captionFor(cue.value);
    if (caption) nodes.push(element('p', { className: 'line caption', text: caption }));
  }
  if (line.text === '') return nodes;
  return [
    ...nodes,
    ...notes(line, 'fact', 'Science note: '),
    ...notes(line, 'discuss', 'Something to talk about: '),
  ];
}

/** Replaces `log`'s contents with the passage, unless it already shows these very lines. */
export function showPassage(log: HTMLElement, lines: RoomView['lines']): boolean {
  const key = JSON.stringify(lines);
  if (log.dataset.passage === String(hash(key))) return false;
  log.dataset.passage = String(hash(key));
  log.replaceChildren(...lines.flatMap(lineNodes));
  return true;
}

/** A short, stable fingerprint: a new passage is redrawn, a repeated view is not. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
