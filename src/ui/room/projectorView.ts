// The projector: what the whole class looks at. The join code (large, with a QR code of the
// join address), Kara's mural painted by the game's own painter, the story text large, the
// choices with their live tally, the timer, the tie rule and the four teams' rosters.
// Everything from the server goes in as text (textContent), never as HTML.
import {
  joinAddress,
  type RoomView,
  RUNOFF_SECONDS,
  type TallyMessage,
  TEAMS,
} from '../../room/protocol';
import { ROLES } from '../../session/roles';
import { MURAL_DESCRIPTIONS } from '../../session/science';
import { element } from '../dom';
import { ENDING_WORDS } from '../endingWords';
import { joinQrCode } from './joinQr';
import { roomMural } from './roomMural';
import { showPassage } from './roomPassage';
import { castWords, teamName, votersWords } from './roomWords';
import { renderTally } from './tallyList';
import { voteTimer } from './voteTimer';

/** Addresses only the computer itself can open: localhost, 127.x, ::1. */
export function onlyThisComputer(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}

export interface ProjectorOptions {
  page: { origin: string; pathname: string };
  motion: () => boolean;
}

export class ProjectorView {
  readonly root: HTMLElement;
  private view: RoomView | null = null;
  private readonly mural;
  private readonly timer = voteTimer('room-timer projector-timer');
  private readonly parts = {
    join: element('section', {
      className: 'projector-join',
      attributes: { 'aria-label': 'How to join' },
    }),
    /** The group's name, so a class with two rooms on two screens knows which is theirs. */
    group: element('p', { className: 'join-group' }),
    code: element('p', { className: 'join-code' }),
    address: element('p', { className: 'join-address' }),
    warning: element('p', {
      className: 'join-warning',
      attributes: { role: 'note' },
      text: 'This address works on this computer only: phones cannot reach it. Open this page by the computer’s network address (ask IT, or start the server with HOST=0.0.0.0) so the code and QR code work for the class.',
    }),
    qr: element('div', { className: 'join-qr-box' }),
    muralWords: element('p', { className: 'mural-caption' }),
    chapter: element('p', { className: 'projector-chapter' }),
    status: element('p', { className: 'projector-status', attributes: { role: 'status' } }),
    log: element('div', { className: 'projector-story story-text' }),
    discussion: element('section', {
      className: 'projector-discussion',
      attributes: { 'aria-label': 'Discussion' },
    }),
    voteHeading: element('h2', { className: 'vote-heading' }),
    tally: element('ol', {
      className: 'tally-list',
      attributes: { 'aria-label': 'Choices and votes' },
    }),
    cast: element('p', { className: 'vote-cast' }),
    tieRule: element('p', { className: 'tie-rule' }),
    lastChoice: element('p', { className: 'last-choice' }),
    ending: element('section', {
      className: 'projector-ending',
      attributes: { 'aria-label': 'Ending' },
    }),
    rosters: element('section', { className: 'rosters', attributes: { 'aria-label': 'Teams' } }),
    paused: element('p', {
      className: 'paused-banner',
      text: 'Paused',
      attributes: { role: 'status' },
    }),
  };
  private shownCode = '';

  constructor(private readonly options: ProjectorOptions) {
    this.mural = roomMural({ motion: options.motion });
    const p = this.parts;
    p.join.append(
      p.group,
      element('p', {
        className: 'join-lead',
        text: 'Join on your phone: scan the QR code or open the address, then type the code',
      }),
      p.code,
      p.address,
      p.warning,
      p.qr,
    );
    const vote = element(
      'section',
      { className: 'projector-vote', attributes: { 'aria-label': 'Vote' } },
      [p.voteHeading, this.timer.node, p.tally, p.cast, p.tieRule],
    );
    // The passage scrolls on its own (the facilitator scrolls it with keys or the wheel); the
    // discussion, the vote and the ending stay in view under it.
    const passage = element(
      'div',
      { className: 'projector-passage', attributes: { tabindex: '0', 'aria-label': 'Passage' } },
      [p.lastChoice, p.log],
    );
    const story = element(
      'section',
      { className: 'projector-reading', attributes: { 'aria-label': 'Story' } },
      [p.chapter, passage, p.discussion, vote, p.ending],
    );
    const muralFigure = element('figure', { className: 'projector-mural' }, [
      this.mural.canvas,
      element('figcaption', {}, [p.muralWords]),
    ]);
    p.paused.hidden = true;
    this.root = element('main', { className: 'projector' }, [
      element('h1', { className: 'visually-hidden', text: 'Dental Biocalypse: class room' }),
      p.join,
      muralFigure,
      story,
      p.rosters,
      p.status,
      p.paused,
    ]);
  }

  render(view: RoomView, receivedAt = performance.now()): void {
    this.view = view;
    const p = this.parts;
    this.root.dataset.phase = view.phase;
    this.showJoin(view);
    this.mural.show(view.mural);
    p.muralWords.textContent = `The mural is ${view.mural.state}, plaque pH ${view.mural.ph.toFixed(1)}. ${MURAL_DESCRIPTIONS[view.mural.state]}`;
    p.chapter.textContent = view.chapter ?? '';
    p.status.textContent =
      view.phase === 'lobby'
        ? `Waiting for the facilitator to start. ${this.players(view)} joined${view.locked ? '; the room is locked' : ''}.`
        : view.locked
          ? 'The room is locked: no one new can join.'
          : '';
    showPassage(p.log, view.phase === 'lobby' ? [] : view.lines);
    p.lastChoice.hidden = !view.lastChoice;
    if (view.lastChoice) p.lastChoice.textContent = `The class chose: ${view.lastChoice.text}`;
    this.showDiscussion(view);
    this.showVote(view, receivedAt);
    this.showEnding(view);
    this.showRosters(view);
    p.paused.hidden = !view.paused;
  }

  /** A vote arrived: only the counts change. Stale tallies (an earlier turn) are dropped. */
  tally(message: TallyMessage): void {
    const view = this.view;
    if (!view?.vote || message.turns !== view.turns) return;
    view.vote = {
      ...view.vote,
      tally: message.tally,
      cast: message.cast,
      eligible: message.eligible,
    };
    renderTally(this.parts.tally, view, message.tally);
    this.parts.cast.textContent = castWords(message.cast, message.eligible);
  }

  private players(view: RoomView): string {
    const count = TEAMS.reduce((sum, team) => sum + view.teams[team].length, 0);
    return `${count} ${count === 1 ? 'player' : 'players'}`;
  }

  private showJoin(view: RoomView): void {
    const p = this.parts;
    p.join.hidden = view.phase === 'ended';
    p.group.textContent = view.settings.group ?? '';
    p.group.hidden = !view.settings.group;
    if (view.code === this.shownCode) return;
    this.shownCode = view.code;
    const address = joinAddress(this.options.page, view.code);
    p.code.textContent = view.code;
    p.code.setAttribute('aria-label', `Join code ${view.code.split('').join(' ')}`);
    p.address.textContent = address;
    // The QR code holds this page's own address: opened as localhost, no phone can reach it.
    p.warning.hidden = !onlyThisComputer(this.options.page.origin);
    p.qr.replaceChildren(joinQrCode(address, `QR code of the join address ${address}`));
  }

  private showDiscussion(view: RoomView): void {
    const p = this.parts;
    const discussion = view.discussion;
    p.discussion.hidden = !discussion;
    if (!discussion) return;
    p.discussion.replaceChildren(
      element('h2', { text: `Talk it over (${discussion.number} of ${discussion.of})` }),
      element('p', { className: 'discussion-question', text: discussion.question }),
      element('p', { className: 'discussion-hint', text: 'The facilitator continues the story.' }),
    );
  }

  private showVote(view: RoomView, receivedAt: number): void {
    const p = this.parts;
    const vote = view.vote;
    const open = view.phase === 'playing' && view.choices.length > 0 && !view.discussion;
    p.voteHeading.parentElement?.toggleAttribute('hidden', !open);
    if (!open) {
      this.timer.set(null, false);
      return;
    }
    const voters = vote?.voters ?? view.choices[0]?.voters ?? 'everyone';
    p.voteHeading.textContent = vote?.runoff
      ? `A tie: the vote runs ${RUNOFF_SECONDS} more seconds, once`
      : `${votersWords(voters)}${voters === 'everyone' ? '' : ` (${ROLES[voters].name}'s choice)`}`;
    renderTally(p.tally, view, vote?.tally ?? []);
    p.cast.textContent = vote ? castWords(vote.cast, vote.eligible) : '';
    p.tieRule.textContent = `Tie rule: ${view.tieRule}`;
    this.timer.set(
      vote ? vote.remainingMs : null,
      (vote?.running ?? false) && !view.paused,
      receivedAt,
    );
  }

  private showEnding(view: RoomView): void {
    const p = this.parts;
    p.ending.hidden = !view.ending;
    if (!view.ending) return;
    const words = ENDING_WORDS[view.ending.name];
    p.ending.replaceChildren(
      element('h2', { text: `The ending: ${words.title}` }),
      element('p', { text: words.summary }),
      element('p', { className: 'ending-reason', text: view.ending.reason }),
    );
  }

  private showRosters(view: RoomView): void {
    this.parts.rosters.replaceChildren(
      ...TEAMS.map((team) => {
        const players = view.teams[team];
        const box = element(
          'section',
          { className: 'roster', attributes: { 'aria-label': teamName(team) } },
          [
            element('h2', { text: `${teamName(team)} (${players.length})` }),
            element(
              'ul',
              {},
              players.map((player) =>
                element('li', {
                  className: player.here ? 'here' : 'away',
                  text: player.here ? player.nickname : `${player.nickname} (away)`,
                }),
              ),
            ),
          ],
        );
        box.style.setProperty('--team-colour', ROLES[team].colour);
        return box;
      }),
    );
  }
}
