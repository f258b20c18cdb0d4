// The facilitator opens a room: the group's name (for the session file, the CSV and Compare
// groups), how long the story runs, whether discussions hold every device, how long a vote
// runs and the extended-time option. Then the projector shows the join code.
import { LIMITS, type RoomSettings } from '../../room/protocol';
import SESSION_LENGTHS from '../../session/sessionLengths.json';
import { element } from '../dom';

export interface HostSetup {
  readonly root: HTMLElement;
  error(words: string): void;
  busy(waiting: boolean): void;
}

export function hostSetup(open: (settings: RoomSettings) => void): HostSetup {
  const length = element('select', { attributes: { id: 'room-length' } }, [
    element('option', {
      // Measured by `npm run story -- stats`, as on the one-screen setup: reading time only.
      text: `Short, about ${SESSION_LENGTHS.short.minutes} minutes read aloud: each role has one scene`,
      attributes: { value: 'short' },
    }),
    element('option', {
      text: `Full, about ${SESSION_LENGTHS.full.minutes} minutes read aloud: every role in every act`,
      attributes: { value: 'full' },
    }),
  ]);
  const group = element('input', {
    attributes: {
      id: 'room-group',
      type: 'text',
      maxlength: String(LIMITS.group),
      autocomplete: 'off',
      placeholder: 'e.g. Year 9 blue',
    },
  });
  const seconds = element('select', { attributes: { id: 'room-seconds' } });
  for (const value of [20, 30, 45, 60, 90, 120]) {
    seconds.append(
      element('option', { text: `${value} seconds`, attributes: { value: String(value) } }),
    );
  }
  seconds.value = String(LIMITS.defaultSeconds);
  const discussion = element('input', { attributes: { id: 'room-discussion', type: 'checkbox' } });
  discussion.checked = true;
  const extended = element('input', { attributes: { id: 'room-extended', type: 'checkbox' } });
  const problem = element('p', { className: 'join-problem', attributes: { role: 'alert' } });
  problem.hidden = true;
  const submit = element('button', {
    className: 'role-button',
    text: 'Open the room',
    attributes: { type: 'submit' },
  });
  const form = element(
    'form',
    { className: 'join-form host-setup', attributes: { 'aria-labelledby': 'host-title' } },
    [
      element('h1', { text: 'Open a class room', attributes: { id: 'host-title' } }),
      element('p', {
        text: 'Open this on the computer that drives the projector. Students join on their phones with the code it shows. The facilitator controls stay on this device only.',
      }),
      element('div', { className: 'join-field' }, [
        element('label', {
          text: 'Group name (optional; else "Room" and the code)',
          attributes: { for: 'room-group' },
        }),
        group,
      ]),
      element('div', { className: 'join-field' }, [
        element('label', { text: 'Session length', attributes: { for: 'room-length' } }),
        length,
      ]),
      element('div', { className: 'join-field' }, [
        element('label', { text: 'Time for each vote', attributes: { for: 'room-seconds' } }),
        seconds,
      ]),
      element('label', { className: 'setting check-setting' }, [
        discussion,
        document.createTextNode(
          ' Pause every device for discussion when the story asks a question',
        ),
      ]),
      element('label', { className: 'setting check-setting' }, [
        extended,
        document.createTextNode(
          ` Extended time: every vote runs ${LIMITS.extendedFactor} times as long`,
        ),
      ]),
      problem,
      submit,
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A blank name is no name: the server calls the room "Room <code>".
    const name = group.value.trim();
    open({
      ...(name ? { group: name } : {}),
      length: length.value === 'full' ? 'full' : 'short',
      discussion: discussion.checked,
      seconds: Number(seconds.value),
      extendedTime: extended.checked,
    });
  });
  return {
    root: form,
    error(words) {
      problem.textContent = words;
      problem.hidden = words === '';
    },
    busy(waiting) {
      submit.disabled = waiting;
      submit.textContent = waiting ? 'Opening…' : 'Open the room';
    },
  };
}
