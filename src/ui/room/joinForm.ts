// How a student gets into a room: the four-letter code from the projector (filled in already
// when they scanned the QR code), a nickname (or a random one) and, if they like, a team.
// Mistakes are said in words before anything is sent: a code of the wrong letters, an empty
// nickname. The server's refusals (wrong code, locked, full, ended) come back through `error`.
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  isJoinCode,
  LIMITS,
  nicknameSchema,
  normaliseCode,
  randomNickname,
  TEAMS,
  type Team,
} from '../../room/protocol';
import { ROLES } from '../../session/roles';
import { actionButton, element } from '../dom';
import { teamName } from './roomWords';

export interface JoinRequest {
  code: string;
  nickname: string;
  team?: Team;
}

export interface JoinForm {
  readonly root: HTMLElement;
  error(words: string): void;
  busy(waiting: boolean): void;
}

export const CODE_HELP = `${CODE_LENGTH} letters from ${CODE_ALPHABET.split('').join(' ')} (no vowels, no digits).`;

/** What is wrong with what was typed, in words, or null when it may be sent. */
export function joinProblem(code: string, nickname: string): string | null {
  if (!isJoinCode(normaliseCode(code))) return `The code is ${CODE_HELP}`;
  if (!nicknameSchema.safeParse(nickname).success) {
    return `Give a nickname of 1 to ${LIMITS.nickname} letters (not your full name).`;
  }
  return null;
}

export function joinForm(
  prefill: { code?: string; nickname?: string },
  join: (request: JoinRequest) => void,
  random: () => number = Math.random,
): JoinForm {
  const code = element('input', {
    className: 'join-code-input',
    attributes: {
      id: 'join-code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: String(CODE_LENGTH + 3),
      'aria-describedby': 'join-code-help',
    },
  });
  code.value = prefill.code ?? '';
  const nickname = element('input', {
    attributes: {
      id: 'join-nickname',
      name: 'nickname',
      autocomplete: 'off',
      maxlength: String(LIMITS.nickname),
      'aria-describedby': 'join-nickname-help',
    },
  });
  nickname.value = prefill.nickname ?? '';
  const team = element('select', { attributes: { id: 'join-team', name: 'team' } }, [
    element('option', { text: 'Any team: deal me in', attributes: { value: '' } }),
    ...TEAMS.map((id) =>
      element('option', { text: `${teamName(id)} (${ROLES[id].name})`, attributes: { value: id } }),
    ),
  ]);
  const problem = element('p', {
    className: 'join-problem',
    attributes: { role: 'alert', id: 'join-problem' },
  });
  const submit = element('button', {
    className: 'role-button join-button',
    text: 'Join',
    attributes: { type: 'submit' },
  });
  const form = element(
    'form',
    { className: 'join-form', attributes: { 'aria-labelledby': 'join-title', novalidate: '' } },
    [
      element('h1', { text: 'Join the class room', attributes: { id: 'join-title' } }),
      element('div', { className: 'join-field' }, [
        element('label', { text: 'Room code', attributes: { for: 'join-code' } }),
        code,
        element('p', {
          className: 'setting-hint',
          text: `On the projector: ${CODE_HELP}`,
          attributes: { id: 'join-code-help' },
        }),
      ]),
      element('div', { className: 'join-field' }, [
        element('label', { text: 'Nickname', attributes: { for: 'join-nickname' } }),
        nickname,
        actionButton('Random nickname', () => {
          nickname.value = randomNickname(random);
          nickname.focus();
        }),
        element('p', {
          className: 'setting-hint',
          text: 'Shown on the projector to your class; deleted when the session ends. No real names needed.',
          attributes: { id: 'join-nickname-help' },
        }),
      ]),
      element('div', { className: 'join-field' }, [
        element('label', { text: 'Team', attributes: { for: 'join-team' } }),
        team,
      ]),
      problem,
      submit,
    ],
  );
  problem.hidden = true;
  const show = (words: string) => {
    problem.textContent = words;
    problem.hidden = words === '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wrong = joinProblem(code.value, nickname.value);
    if (wrong) {
      show(wrong);
      (isJoinCode(normaliseCode(code.value)) ? nickname : code).focus();
      return;
    }
    show('');
    join({
      code: normaliseCode(code.value),
      nickname: nickname.value.trim(),
      ...(team.value ? { team: team.value as Team } : {}),
    });
  });
  return {
    root: form,
    error: show,
    busy(waiting) {
      submit.disabled = waiting;
      submit.textContent = waiting ? 'Joining…' : 'Join';
    },
  };
}
