// Room mode's page (room.html): a whole class on its own devices. The address says which view:
//   room.html?host         the facilitator opens a room (on the projector's computer)
//   room.html?host=CODE    the facilitator's device again (after a reload), by its stored secret
//   room.html?room=CODE    a phone joins (the QR code's address), back to its seat if it had one
//   room.html              a phone types the code
//   room.html?compare      compare finished sessions side by side (no server needed)
// The server runs the story; this page only renders the views it sends and forwards intents.
import '../fonts.css';
import '../styles.css';
import '../workshop.css';
import './room.css';
import {
  isJoinCode,
  normaliseCode,
  type RoomSettings,
  type RoomView,
  roomServerUrl,
  type SessionMessage,
} from '../../room/protocol';
import { actionButton, element } from '../dom';
// Compare groups and the session file read the save format (the session's code and inkjs's
// types come with it): loaded only when asked for, so a phone never downloads them.
import { FacilitatorPanel } from './facilitatorPanel';
import { hostSetup } from './hostSetup';
import { joinForm } from './joinForm';
import { PhoneView } from './phoneView';
import { ProjectorView } from './projectorView';
import { type Entry, JoinRefused, type LinkHandlers, RoomLink, UNREACHABLE } from './roomLink';
import { forget, recall } from './roomMemory';

const page = document.getElementById('room') ?? document.body;
const server = roomServerUrl(window.location);
const motion = () => !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const params = new URLSearchParams(window.location.search);

function show(...nodes: Node[]): void {
  page.replaceChildren(...nodes);
}

/** The page's address for a view, so a reload comes back to the same room and seat. */
function setAddress(key: 'host' | 'room', code: string): void {
  const url = new URL(window.location.href);
  url.search = `?${key}=${code}`;
  window.history.replaceState(null, '', url);
}

function wordsOf(error: unknown): string {
  return error instanceof JoinRefused ? error.words : UNREACHABLE;
}

/** A page that says the room is over for this device, with the way back in. */
function closedPage(words: string, extra: Node[] = []): HTMLElement {
  return element('main', { className: 'room-closed' }, [
    element('h1', { text: 'Dental Biocalypse' }),
    element('p', { className: 'join-problem', text: words, attributes: { role: 'alert' } }),
    ...extra,
    element('p', {}, [element('a', { text: 'Join a room', attributes: { href: '?' } })]),
  ]);
}

// ---- The facilitator's projector ----

async function host(entry: Entry): Promise<void> {
  const projector = new ProjectorView({ page: window.location, motion });
  let link: RoomLink | null = null;
  let wanted = false;
  // The session as the server sent it: the game, the group's name and the server's record of
  // the votes (counts, never names). This device only passes it on into the files.
  let lastSession: SessionMessage | null = null;
  const notice = element('p', { className: 'facilitator-notice', attributes: { role: 'status' } });
  const download = async (session: SessionMessage, as: 'json' | 'csv' = 'json') => {
    const { downloadRoomCsv, downloadRoomSession } = await import('./compareGroups');
    const code = link?.code ?? '';
    const problem =
      as === 'csv' ? downloadRoomCsv(code, session) : downloadRoomSession(code, session);
    if (problem) notice.textContent = `The session could not be saved: ${problem}.`;
  };
  const panel = new FacilitatorPanel({
    command: (command) => link?.command(command),
    confirm: (question) => window.confirm(question),
    exportSession: () => {
      wanted = true;
      link?.command({ do: 'export' });
    },
  });
  const handlers: LinkHandlers = {
    view(view: RoomView) {
      projector.render(view);
      panel.render(view);
    },
    tally: (tally) => projector.tally(tally),
    seat() {},
    notice: (text) => {
      notice.textContent = text;
    },
    status: (status) => {
      notice.textContent = status === 'reconnecting' ? 'Reconnecting to the room…' : '';
    },
    session(session) {
      lastSession = session;
      if (wanted) void download(session);
      wanted = false;
    },
    closed: (words) => {
      // The server sends the whole session just before it ends the room: keep it if wanted.
      const session = lastSession;
      const keep = session
        ? [
            actionButton("Download the room's session (JSON)", () => void download(session)),
            actionButton("Download the room's choices (CSV)", () => void download(session, 'csv')),
          ]
        : [];
      show(closedPage(words, keep));
    },
  };
  link = await RoomLink.open(server, entry, handlers);
  setAddress('host', link.code);
  panel.root.append(notice);
  show(projector.root, panel.root);
}

function hostStart(problem = ''): void {
  const setup = hostSetup(async (settings: RoomSettings) => {
    setup.busy(true);
    try {
      await host({ as: 'create', settings });
    } catch (error) {
      setup.busy(false);
      setup.error(wordsOf(error));
    }
  });
  show(
    element('main', { className: 'room-start' }, [
      setup.root,
      element('p', { className: 'room-other' }, [
        element('a', {
          text: 'Compare groups: finished sessions side by side',
          attributes: { href: '?compare' },
        }),
      ]),
    ]),
  );
  if (problem) setup.error(problem);
}

// ---- A student's phone ----

async function play(entry: Extract<Entry, { as: 'player' }>): Promise<void> {
  let link: RoomLink | null = null;
  const phone = new PhoneView((choice) => link?.vote(choice));
  const handlers: LinkHandlers = {
    view: (view) => phone.render(view),
    tally: (tally) => phone.tally(tally),
    seat: (seat) => {
      if (seat.as === 'player') phone.setSeat(seat);
    },
    notice: (text) => phone.notice(text),
    status: (status) =>
      phone.linkStatus(status === 'reconnecting' ? 'Reconnecting to your seat…' : ''),
    closed: (words) => show(closedPage(words)),
  };
  link = await RoomLink.open(server, entry, handlers);
  setAddress('room', link.code);
  show(phone.root);
}

function joinStart(code: string, problem = ''): void {
  const form = joinForm({ code, nickname: recall(code).nickname }, async (request) => {
    form.busy(true);
    try {
      await play({ as: 'player', ...request, seat: recall(request.code).seat });
    } catch (error) {
      form.busy(false);
      form.error(wordsOf(error));
    }
  });
  show(
    element('main', { className: 'room-start' }, [
      form.root,
      element('p', { className: 'room-other' }, [
        element('a', { text: 'Open a room instead (facilitator)', attributes: { href: '?host' } }),
      ]),
    ]),
  );
  if (problem) form.error(problem);
}

// ---- Which view this address asks for ----

async function route(): Promise<void> {
  const hostCode = normaliseCode(params.get('host') ?? '');
  const roomCode = normaliseCode(params.get('room') ?? '');
  if (params.has('compare')) {
    const { compareScreen } = await import('./compareGroups');
    return show(compareScreen());
  }
  if (params.has('host')) {
    if (!hostCode) return hostStart();
    const secret = recall(hostCode).secret;
    if (!isJoinCode(hostCode) || !secret) {
      return hostStart(
        `This device does not hold the facilitator secret of room ${hostCode}. Open a new room.`,
      );
    }
    try {
      await host({ as: 'host', code: hostCode, secret });
    } catch (error) {
      if (error instanceof JoinRefused && error.code !== undefined) forget(hostCode);
      hostStart(wordsOf(error));
    }
    return;
  }
  const memory = isJoinCode(roomCode) ? recall(roomCode) : {};
  if (memory.seat && memory.nickname) {
    try {
      await play({ as: 'player', code: roomCode, nickname: memory.nickname, seat: memory.seat });
      return;
    } catch (error) {
      if (error instanceof JoinRefused && error.code !== undefined) forget(roomCode);
      return joinStart(roomCode, wordsOf(error));
    }
  }
  joinStart(isJoinCode(roomCode) ? roomCode : '');
}

void route();
