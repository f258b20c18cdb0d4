// A student's phone: who they are (nickname, team), the passage, and when their team (or
// everyone) decides, one big button per choice. Built for a 360x640 screen held in one hand:
// text at a readable size, targets at least 48 px, the timer and their own vote always in view.
import { LATE_JOIN, type RoomView, type SeatMessage, type TallyMessage } from '../../room/protocol';
import { ROLES } from '../../session/roles';
import { element } from '../dom';
import { ENDING_WORDS } from '../endingWords';
import { showPassage } from './roomPassage';
import { castWords, teamName } from './roomWords';
import { voteTimer } from './voteTimer';

type PlayerSeat = Extract<SeatMessage, { as: 'player' }>;

export class PhoneView {
  readonly root: HTMLElement;
  private view: RoomView | null = null;
  private seat: PlayerSeat | null = null;
  private readonly timer = voteTimer('room-timer phone-timer');
  private readonly parts = {
    who: element('p', { className: 'phone-who' }),
    link: element('p', { className: 'phone-link', attributes: { role: 'status' } }),
    notice: element('p', { className: 'phone-notice', attributes: { role: 'alert' } }),
    // What the phone asks of its student now (vote, wait, talk): said aloud when it changes.
    state: element('h2', { className: 'phone-state', attributes: { 'aria-live': 'polite' } }),
    discussion: element('p', { className: 'phone-discussion' }),
    choices: element('div', { className: 'phone-choices' }),
    cast: element('p', { className: 'vote-cast' }),
    log: element('div', { className: 'phone-story story-text' }),
  };

  constructor(private readonly vote: (choice: number) => void) {
    const p = this.parts;
    const box = element('fieldset', { className: 'phone-vote' }, [
      element('legend', { className: 'visually-hidden', text: 'Your vote' }),
      p.choices,
    ]);
    this.root = element('main', { className: 'phone' }, [
      element('h1', { className: 'visually-hidden', text: 'Dental Biocalypse: your room' }),
      element('header', { className: 'phone-header' }, [p.who, p.link]),
      p.notice,
      p.state,
      this.timer.node,
      p.discussion,
      box,
      p.cast,
      element('section', { className: 'phone-reading', attributes: { 'aria-label': 'Story' } }, [
        p.log,
      ]),
    ]);
    p.notice.hidden = true;
    p.link.hidden = true;
  }

  setSeat(seat: PlayerSeat): void {
    const first = this.seat === null;
    this.seat = seat;
    const p = this.parts;
    p.who.replaceChildren(
      element('strong', { text: seat.nickname }),
      document.createTextNode(` on ${teamName(seat.team)} (${ROLES[seat.team].name})`),
    );
    p.who.style.setProperty('--team-colour', ROLES[seat.team].colour);
    if (first && seat.late) this.notice(LATE_JOIN);
    if (this.view) this.render(this.view);
  }

  /** A line from the server or the link ("reconnecting"), shown until the next one. */
  notice(text: string): void {
    this.parts.notice.textContent = text;
    this.parts.notice.hidden = text === '';
  }

  linkStatus(text: string): void {
    this.parts.link.textContent = text;
    this.parts.link.hidden = text === '';
  }

  render(view: RoomView, receivedAt = performance.now()): void {
    this.view = view;
    const p = this.parts;
    const seat = this.seat;
    this.root.dataset.phase = view.phase;
    showPassage(p.log, view.phase === 'lobby' ? [] : view.lines);
    p.discussion.hidden = !view.discussion;
    p.discussion.textContent = view.discussion ? view.discussion.question : '';

    const vote = view.vote;
    const voters = vote?.voters ?? view.choices[0]?.voters ?? 'everyone';
    const mine = voters === 'everyone' || voters === seat?.team;
    const open = view.phase === 'playing' && !view.discussion && view.choices.length > 0;
    p.state.textContent = this.stateWords(view, open, mine);
    this.timer.set(
      open && vote ? vote.remainingMs : null,
      (vote?.running ?? false) && !view.paused,
      receivedAt,
    );
    p.cast.textContent = open && vote ? castWords(vote.cast, vote.eligible) : '';

    const canVote = open && mine && !view.paused && (vote?.running ?? false);
    p.choices.replaceChildren(
      ...(open
        ? view.choices.map((choice) => {
            const chosen = seat?.vote === choice.choice;
            const button = element(
              'button',
              {
                className: 'phone-choice',
                attributes: { type: 'button', 'aria-pressed': String(chosen) },
              },
              [
                element('span', { className: 'choice-number', text: `${choice.choice + 1}` }),
                element('span', { className: 'choice-text', text: choice.text }),
              ],
            );
            button.disabled = !canVote;
            button.addEventListener('click', () => this.vote(choice.choice));
            return button;
          })
        : []),
    );
  }

  tally(message: TallyMessage): void {
    const view = this.view;
    if (!view?.vote || message.turns !== view.turns) return;
    view.vote = {
      ...view.vote,
      tally: message.tally,
      cast: message.cast,
      eligible: message.eligible,
    };
    this.parts.cast.textContent = castWords(message.cast, message.eligible);
  }

  private stateWords(view: RoomView, open: boolean, mine: boolean): string {
    if (view.phase === 'lobby') return 'You are in. Wait for the facilitator to start the story.';
    if (view.phase === 'ended' || view.ending) {
      return view.ending
        ? `The end: ${ENDING_WORDS[view.ending.name].title}`
        : 'The session has ended.';
    }
    if (view.paused) return 'Paused by the facilitator.';
    if (view.discussion) return 'Talk it over with your group:';
    if (!open) return 'Read along on the projector.';
    const voters = view.vote?.voters ?? view.choices[0]?.voters ?? 'everyone';
    if (!mine && voters !== 'everyone')
      return `${teamName(voters)} decides this one. Watch the projector.`;
    const chosen = this.seat?.vote;
    const choice = view.choices.find((c) => c.choice === chosen);
    if (choice) return `You voted ${choice.choice + 1}. You can change it until the vote closes.`;
    return voters === 'everyone' ? 'Everyone votes: pick one.' : 'Your team decides: pick one.';
  }
}
