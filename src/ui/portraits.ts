// The speaker's portrait beside a dialogue line: the four main characters have one picture
// per expression (assets/portraits/, drawn by tools/portraits.ts); anyone else keeps the
// plain name. The picture is decoration: the name beside it is the text people read.
import type { Cue } from '../narrative/tags';
import { cueValue, DEFAULT_EXPRESSION, type Expression, expressionNamed } from '../narrative/tags';
import { ROLE_IDS, ROLES, type RoleId } from '../session/roles';
import { element } from './dom';
import './portraits.css';

// Not inlined as data: URLs, so the pictures stay out of the script bundle and each is
// fetched (and cached) only when someone first speaks with that face.
const files = import.meta.glob('../../assets/portraits/*.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
}) as Record<string, string>;

const PORTRAIT_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([file, url]) => [file.replace(/^.*\/|\.svg$/g, ''), url]),
);

export interface Portrait {
  role: RoleId;
  expression: Expression;
}

/** The main character a `# speaker:` names: by first name, full name or role id, any case. */
export function speakerRole(speaker: string): RoleId | undefined {
  const name = speaker.trim().toLowerCase();
  return ROLE_IDS.find((id) => {
    const full = ROLES[id].name.toLowerCase();
    return name === id || name === full || name === full.split(' ')[0];
  });
}

/**
 * Which portrait a line gets: its speaker's, with the line's expression, or the default
 * when it names none (or one the portraits do not have). Null for narration and for
 * speakers without portraits.
 */
export function portraitFor(cues: readonly Cue[]): Portrait | null {
  const speaker = cueValue(cues, 'speaker');
  const role = speaker === undefined ? undefined : speakerRole(speaker);
  if (!role) return null;
  const named = cueValue(cues, 'expression');
  return { role, expression: (named && expressionNamed(named)) || DEFAULT_EXPRESSION };
}

export function portraitUrl({ role, expression }: Portrait): string | undefined {
  return PORTRAIT_URLS[`${role}-${expression}`];
}

/**
 * Puts the speaker's name (and their portrait, if they have one) at the start of a
 * dialogue paragraph. The name stays text, followed by a colon screen readers say.
 */
export function showSpeaker(paragraph: HTMLElement, speaker: string, cues: readonly Cue[]): void {
  const portrait = portraitFor(cues);
  const url = portrait && portraitUrl(portrait);
  if (!portrait || !url) {
    paragraph.append(element('span', { className: 'speaker', text: `${speaker}: ` }));
    return;
  }
  paragraph.classList.add('with-portrait');
  paragraph.style.setProperty('--role-colour', ROLES[portrait.role].colour);
  paragraph.append(
    element('img', {
      className: 'portrait',
      attributes: {
        src: url,
        alt: '',
        'aria-hidden': 'true',
        width: '120',
        height: '120',
        decoding: 'async',
        'data-role': portrait.role,
        'data-expression': portrait.expression,
      },
    }),
    element('span', { className: 'speaker' }, [
      document.createTextNode(speaker),
      element('span', { className: 'visually-hidden', text: ': ' }),
    ]),
  );
}
