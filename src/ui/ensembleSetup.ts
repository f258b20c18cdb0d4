// The workshop's setup screen: how many players share the screen, their names, who takes
// which role, how long the session runs and whether the story stops for discussion.
// Everything has a sensible default so a facilitator can press Start straight away. The
// lengths shown are the story tool's measurement (src/session/sessionLengths.json).
import { type Ensemble, MAX_PLAYERS, makeEnsemble, type SessionLength } from '../session/ensemble';
import { ROLE_IDS, ROLES, type RoleId } from '../session/roles';
// Measured by `npm run story -- stats` (medians of 20 random four-player games), not typed.
import SESSION_LENGTHS from '../session/sessionLengths.json';
import { element } from './dom';

export interface EnsembleSetupActions {
  start(ensemble: Ensemble): void;
  cancel(): void;
}

let fieldCount = 0;

/** "2,310 words on screen, 10 choices, 3 discussions": as `npm run story -- stats` measured. */
function lengthFacts(figures: { words: number; choices: number; discussions: number }): string {
  return `${figures.words.toLocaleString('en-GB')} words on screen, ${figures.choices} choices, ${figures.discussions} discussions`;
}

/** Fills the setup screen; returns the first control, for focus. */
export function renderEnsembleSetup(
  screen: HTMLElement,
  actions: EnsembleSetupActions,
): HTMLElement {
  const id = (name: string) => `workshop-${name}-${++fieldCount}`;
  let players = MAX_PLAYERS;
  const names: string[] = Array.from({ length: MAX_PLAYERS }, () => '');
  const seats: Record<RoleId, number> = { elara: 0, torus: 1, kara: 2, jalen: 3 };

  const countId = id('count');
  const count = element('select', { attributes: { id: countId } });
  for (let n = 1; n <= MAX_PLAYERS; n += 1) {
    count.append(element('option', { text: `${n}`, attributes: { value: `${n}` } }));
  }
  count.value = `${players}`;

  const nameList = element('div', { className: 'workshop-names' });
  const roleList = element('div', { className: 'workshop-roles' });

  const seatName = (seat: number) => names[seat]?.trim() || `Player ${seat + 1}`;

  const drawNames = () => {
    nameList.replaceChildren(
      ...Array.from({ length: players }, (_, seat) => {
        const inputId = id(`name-${seat}`);
        const input = element('input', {
          attributes: { id: inputId, type: 'text', maxlength: '24', autocomplete: 'off' },
        });
        input.value = names[seat] ?? '';
        input.placeholder = `Player ${seat + 1}`;
        input.addEventListener('input', () => {
          names[seat] = input.value;
          drawRoles();
        });
        return element('div', { className: 'setting text-setting' }, [
          element('label', { text: `Player ${seat + 1}'s name`, attributes: { for: inputId } }),
          input,
        ]);
      }),
    );
  };

  const drawRoles = () => {
    roleList.replaceChildren(
      ...ROLE_IDS.map((role) => {
        const selectId = id(`role-${role}`);
        const select = element('select', { attributes: { id: selectId } });
        for (let seat = 0; seat < players; seat += 1) {
          select.append(
            element('option', { text: seatName(seat), attributes: { value: `${seat}` } }),
          );
        }
        select.value = `${seats[role]}`;
        select.addEventListener('change', () => {
          seats[role] = Number(select.value);
        });
        const label = element('label', { attributes: { for: selectId } }, [
          element('span', { className: 'workshop-role-name', text: ROLES[role].name }),
          document.createTextNode(` (${ROLES[role].calling}) is played by`),
        ]);
        label.style.setProperty('--role-colour', ROLES[role].colour);
        return element('div', { className: 'setting select-setting' }, [label, select]);
      }),
    );
  };

  count.addEventListener('change', () => {
    players = Number(count.value);
    // Roles of a seat that left go round the remaining players in turn.
    ROLE_IDS.forEach((role, i) => {
      if (seats[role] >= players) seats[role] = i % players;
    });
    drawNames();
    drawRoles();
  });
  drawNames();
  drawRoles();

  const lengthName = id('length');
  const lengthChoice = (value: SessionLength, label: string, hint: string) => {
    const inputId = id(`length-${value}`);
    const input = element('input', {
      attributes: { id: inputId, type: 'radio', name: lengthName, value },
    });
    input.checked = value === 'short';
    return element('div', { className: 'setting check-setting' }, [
      input,
      element('label', { attributes: { for: inputId } }, [
        element('strong', { text: label }),
        document.createTextNode(`: ${hint}`),
      ]),
    ]);
  };
  const discussionId = id('discussion');
  const discussion = element('input', { attributes: { id: discussionId, type: 'checkbox' } });
  discussion.checked = true;

  const start = element('button', {
    className: 'role-button start-workshop',
    text: 'Start the workshop',
    attributes: { type: 'submit' },
  });
  const back = element('button', {
    className: 'tool-button',
    text: 'Back to the title',
    attributes: { type: 'button' },
  });
  back.addEventListener('click', () => actions.cancel());

  const form = element('form', { className: 'workshop-form' }, [
    element('fieldset', { className: 'settings-group' }, [
      element('legend', { text: 'Players' }),
      element('div', { className: 'setting select-setting' }, [
        element('label', { text: 'How many people are playing?', attributes: { for: countId } }),
        count,
      ]),
      nameList,
    ]),
    element('fieldset', { className: 'settings-group' }, [
      element('legend', { text: 'Who plays whom' }),
      element('p', {
        className: 'setting-hint',
        text: "A player may take two roles. Choices marked for a role go to that role's player, named on screen in the role's colour; the rest are decided by the whole group.",
      }),
      roleList,
    ]),
    element('fieldset', { className: 'settings-group' }, [
      element('legend', { text: 'Session' }),
      lengthChoice(
        'short',
        `Short, about ${SESSION_LENGTHS.short.minutes} minutes read aloud`,
        `${lengthFacts(SESSION_LENGTHS.short)}, plus the talk; each role has one scene`,
      ),
      lengthChoice(
        'full',
        `Full, about ${SESSION_LENGTHS.full.minutes} minutes read aloud`,
        `${lengthFacts(SESSION_LENGTHS.full)}, plus the talk; every role's part in every act`,
      ),
      element('div', { className: 'setting check-setting' }, [
        discussion,
        element('label', {
          text: 'Pause for discussion when the story asks a question',
          attributes: { for: discussionId },
        }),
      ]),
      element('p', {
        className: 'setting-hint',
        text: 'P or the Pause button freezes play at any time. The Debrief button shows what the microbiome has done so far.',
      }),
    ]),
    element('p', { className: 'content-note' }, [
      element('strong', { text: 'Content note: ' }),
      document.createTextNode(
        'an outbreak, illness and bodily themes (mouths, saliva, gums), described gently and without gore.',
      ),
    ]),
    element('p', { className: 'workshop-actions' }, [start, back]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const length = form.querySelector<HTMLInputElement>(`input[name="${lengthName}"]:checked`);
    actions.start(
      makeEnsemble(
        names.slice(0, players),
        seats,
        length?.value === 'full' ? 'full' : 'short',
        discussion.checked,
      ),
    );
  });

  const title = element('h1', { text: 'Play together', attributes: { tabindex: '-1' } });
  screen.replaceChildren(
    title,
    element('p', {
      text: 'One screen, one to four players, one shared microbiome. Everyone reads along; whoever holds a role makes its choices.',
    }),
    form,
  );
  return count;
}
