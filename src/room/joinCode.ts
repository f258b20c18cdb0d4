// How a device finds a classroom: the room server's address, the join code a student types
// and the nickname a room offers. Kept apart from the messages' schemas (protocol.ts, which
// re-exports all of it) because none of it is a message: plain functions of text and a random
// stream. Pure, like the rest of src/room.

// ---------------------------------------------------------------------------------------------
// Connecting
// ---------------------------------------------------------------------------------------------

/** The Colyseus room type every classroom is created and joined as. */
export const ROOM_NAME = 'classroom';

/**
 * The room server shares the game's own origin (npm start, npm run serve and the Docker image
 * all serve both on one port), so a device connects to where the page came from:
 * `new Client(roomServerUrl(location))`, then `client.create(ROOM_NAME, hostOptions)` on the
 * projector or `client.joinById(code, playerOptions)` on a phone. Colyseus's own paths are
 * `/matchmake/...` (HTTP) and `/<process>/<room>` (WebSocket upgrade).
 */
export function roomServerUrl(page: { protocol: string; host: string }): string {
  return `${page.protocol === 'https:' ? 'https:' : 'http:'}//${page.host}`;
}

/** The address a phone opens (and the QR code holds): the game's page with `?room=CODE`. */
export function joinAddress(page: { origin: string; pathname: string }, code: string): string {
  return `${page.origin}${page.pathname}?room=${code}`;
}

// ---------------------------------------------------------------------------------------------
// Join codes
// ---------------------------------------------------------------------------------------------

/** RFC 8628 section 6.1: no vowels (no words), no digits (no 0/O, 1/I): 20^4 = 160,000 codes. */
export const CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const CODE_LENGTH = 4;
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** What a student typed, as a code: upper case, spaces and dashes dropped ("bc-df" -> "BCDF"). */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** A code from `random` (a function returning [0, 1), e.g. Math.random or a seeded stream). */
export function makeCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length) % CODE_ALPHABET.length];
  }
  return code;
}

// ---------------------------------------------------------------------------------------------
// Nicknames
// ---------------------------------------------------------------------------------------------

const ADJECTIVES = ['Brave', 'Calm', 'Quick', 'Bright', 'Kind', 'Keen', 'Bold', 'Merry'];
const MICROBES = ['Streptococcus', 'Veillonella', 'Actinomyces', 'Neisseria', 'Rothia', 'Biofilm'];

/** A nickname a student may take instead of their name ("Calm Rothia 7"). */
export function randomNickname(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length) % list.length];
  return `${pick(ADJECTIVES)} ${pick(MICROBES)} ${1 + Math.floor(random() * 9)}`;
}
