// The facilitator's controls, on the device that opened the room (the one holding the host
// secret): start, pause and resume, extend or close the vote, the discussion's next question
// or skip, lock, remove a player, the vote timer (with the extended-time option), end. Each
// is a plain button that sends one command; the server refuses any command not from a host.
// The notes panel beside it holds the model answers of docs/WORKSHOP.md.
import { type Command, LIMITS, type RoomView, TEAMS } from '../../room/protocol';
import { actionButton, element } from '../dom';
import { renderNotes } from './notesPanel';
import { teamName } from './roomWords';

/** Seconds "Extend" adds: enough to finish a sentence of discussion. */
const EXTEND_SECONDS = 30;
const TIMER_CHOICES = [20, 30, 45, 60, 90, 120];

export interface FacilitatorActions {
  command(command: Command): void;
  /** Ask before a step that cannot be undone (window.confirm in the page). */
  confirm(question: string): boolean;
  /** Download the room's session so far (for "Compare groups"). */
  exportSession?(): void;
}

export class FacilitatorPanel {
  readonly root: HTMLElement;
  private readonly buttons = {
    start: actionButton('Start the story', () => this.send({ do: 'start' }), 'tool-button primary'),
    pause: actionButton('Pause', () => this.send({ do: 'pause' })),
    resume: actionButton('Resume', () => this.send({ do: 'resume' })),
    extend: actionButton(`Extend the vote by ${EXTEND_SECONDS} s`, () =>
      this.send({ do: 'extend', seconds: EXTEND_SECONDS }),
    ),
    close: actionButton('Close the vote now', () => this.send({ do: 'close' })),
    next: actionButton('Next question', () => this.send({ do: 'next' })),
    skip: actionButton('Skip the discussion', () => this.send({ do: 'skip' })),
    lock: actionButton('Lock the room', () => this.send({ do: 'lock' })),
    unlock: actionButton('Unlock the room', () => this.send({ do: 'unlock' })),
    save: actionButton("Download the room's session (JSON)", () => this.actions.exportSession?.()),
    end: actionButton('End the session', () => {
      if (
        this.actions.confirm(
          'End the session for everyone? The room and its nicknames are deleted.',
        )
      ) {
        this.send({ do: 'end' });
      }
    }),
  };
  private readonly seconds = element('select', { attributes: { id: 'vote-seconds' } });
  private readonly extended = element('input', {
    attributes: { id: 'extended-time', type: 'checkbox' },
  });
  private readonly players = element('select', { attributes: { id: 'remove-player' } });
  private readonly remove = actionButton('Remove', () => this.removePlayer());

  constructor(private readonly actions: FacilitatorActions) {
    for (const seconds of TIMER_CHOICES) {
      this.seconds.append(
        element('option', { text: `${seconds} s`, attributes: { value: String(seconds) } }),
      );
    }
    const setTimer = () =>
      this.send({
        do: 'timer',
        seconds: Number(this.seconds.value),
        extendedTime: this.extended.checked,
      });
    this.seconds.addEventListener('change', setTimer);
    this.extended.addEventListener('change', setTimer);
    const b = this.buttons;
    this.root = element(
      'section',
      { className: 'facilitator', attributes: { 'aria-labelledby': 'facilitator-title' } },
      [
        element('h2', {
          className: 'facilitator-title',
          text: 'Facilitator',
          attributes: { id: 'facilitator-title' },
        }),
        element(
          'div',
          { className: 'facilitator-row', attributes: { role: 'group', 'aria-label': 'Play' } },
          [b.start, b.pause, b.resume, b.extend, b.close, b.next, b.skip],
        ),
        element(
          'div',
          { className: 'facilitator-row', attributes: { role: 'group', 'aria-label': 'Room' } },
          [
            b.lock,
            b.unlock,
            b.save,
            element('span', { className: 'facilitator-field' }, [
              element('label', { text: 'Vote timer', attributes: { for: 'vote-seconds' } }),
              this.seconds,
            ]),
            element('label', { className: 'facilitator-field' }, [
              this.extended,
              document.createTextNode(
                ` Extended time (votes run ${LIMITS.extendedFactor} times as long)`,
              ),
            ]),
            element('span', { className: 'facilitator-field' }, [
              element('label', { text: 'Player', attributes: { for: 'remove-player' } }),
              this.players,
              this.remove,
            ]),
            b.end,
          ],
        ),
        renderNotes(),
      ],
    );
  }

  render(view: RoomView): void {
    const b = this.buttons;
    const playing = view.phase === 'playing';
    const voting = playing && !!view.vote && !view.discussion;
    b.start.hidden = view.phase !== 'lobby';
    b.pause.hidden = !playing || view.paused;
    b.resume.hidden = !playing || !view.paused;
    b.extend.hidden = !voting;
    b.close.hidden = !voting;
    b.next.hidden = !view.discussion || view.discussion.number >= view.discussion.of;
    b.skip.hidden = !view.discussion;
    b.lock.hidden = view.locked;
    b.unlock.hidden = !view.locked;
    b.end.hidden = view.phase === 'ended';
    this.seconds.value = String(view.settings.seconds);
    if (!this.seconds.value) {
      this.seconds.append(
        element('option', {
          text: `${view.settings.seconds} s`,
          attributes: { value: String(view.settings.seconds) },
        }),
      );
      this.seconds.value = String(view.settings.seconds);
    }
    this.extended.checked = view.settings.extendedTime;
    const chosen = this.players.value;
    this.players.replaceChildren(
      element('option', { text: 'Choose a player', attributes: { value: '' } }),
      ...TEAMS.flatMap((team) =>
        view.teams[team].map((player) =>
          element('option', {
            text: `${player.nickname} (${teamName(team)})`,
            attributes: { value: player.id },
          }),
        ),
      ),
    );
    this.players.value = chosen;
    if (this.players.value !== chosen) this.players.value = '';
  }

  private removePlayer(): void {
    const seat = this.players.value;
    const name = this.players.selectedOptions[0]?.textContent ?? '';
    if (!seat) return;
    if (this.actions.confirm(`Remove ${name} from the room? Their nickname is deleted.`)) {
      this.send({ do: 'remove', seat });
    }
  }

  private send(command: Command): void {
    this.actions.command(command);
  }
}
