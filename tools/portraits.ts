// Draws the four main characters' portraits, one SVG per expression, into assets/portraits/.
// Run `npx tsx tools/portraits.ts` after changing a look here and commit what it writes.
// One face geometry for everyone keeps the set consistent: only hair, skin, clothes,
// accessories and the role colour (src/session/roles.ts) tell the characters apart, and
// only brows, lids and mouth tell the expressions apart. Deterministic: same bytes each run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXPRESSIONS, type Expression } from '../src/narrative/tags';
import { ROLE_IDS, ROLES, type RoleId } from '../src/session/roles';

const OUT = path.resolve(import.meta.dirname, '../assets/portraits');

/** Blends two #rrggbb colours: `t` 0 is `a`, 1 is `b`. */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

interface Look {
  skin: string;
  shade: string;
  hair: string;
  lips: string;
  /** Drawn behind the head: long hair, buns, curls. */
  behind: (colour: string) => string;
  /** Clothes and what is worn on them. */
  body: (colour: string) => string;
  /** Drawn over the face: hair over the forehead, goggles, glasses, paint. */
  over: (colour: string) => string;
}

const LOOKS: Record<RoleId, Look> = {
  // Guardian of the hub's care: a high bun in a mint wrap, a grey streak of experience,
  // and the strap of her care satchel with its tooth badge.
  elara: {
    skin: '#8a5a3c',
    shade: '#6d452d',
    hair: '#2b1a12',
    lips: '#3a1d14',
    behind: () =>
      `<ellipse cx="60" cy="46" rx="24" ry="19" fill="#2b1a12"/><circle cx="60" cy="27" r="10" fill="#2b1a12"/>`,
    body: (c) =>
      `<path d="M10 120C12 102 28 93 46 91L74 91C92 93 108 102 110 120Z" fill="${mix(c, '#06201c', 0.62)}"/>` +
      `<path d="M51 91L60 103L69 91Z" fill="#6d452d"/><path d="M50 91L60 104L70 91" fill="none" stroke="${c}" stroke-width="2.2"/>` +
      `<path d="M28 96L36 90L102 120L86 120Z" fill="#8b5a36"/>` +
      `<circle cx="42" cy="95" r="6.5" fill="${c}" stroke="#5b3a22" stroke-width="1.6"/>` +
      `<path d="M38.8 92.4C38.8 90.4 40.7 90.4 42 91.5C43.3 90.4 45.2 90.4 45.2 92.4C45.2 95 44.3 95.9 43.9 98.7L43 96.3L41 96.3L40.1 98.7C39.7 95.9 38.8 95 38.8 92.4Z" fill="#0d2127"/>`,
    over: (c) =>
      `<path d="M39 54C37 37 47 29 60 29C73 29 83 37 81 54C79 45 73 39 64 39C56 39 47 43 41 53Z" fill="#2b1a12"/>` +
      `<path d="M59 30C55 33 50 37 46 45" fill="none" stroke="#cfc6bb" stroke-width="2.4" stroke-linecap="round"/>` +
      `<path d="M50.5 33Q60 36.5 69.5 33L69 28.8Q60 32.3 51 28.8Z" fill="${c}"/>` +
      `<circle cx="40.5" cy="62.8" r="1.9" fill="${c}"/><circle cx="79.5" cy="62.8" r="1.9" fill="${c}"/>`,
  },
  // Inventor: auburn hair that has never met a comb, amber goggles pushed up, a glowing
  // implant at the temple, freckles, a work jacket with a tool in the pocket.
  torus: {
    skin: '#efc4a1',
    shade: '#d39d7b',
    hair: '#8a4a22',
    lips: '#8a4434',
    behind: () => '',
    body: (c) =>
      `<path d="M10 120C12 102 28 93 46 91L74 91C92 93 108 102 110 120Z" fill="${mix(c, '#1c1006', 0.64)}"/>` +
      `<path d="M45 91L53 104L60 95L67 104L75 91L68 88L60 93L52 88Z" fill="${mix(c, '#1c1006', 0.35)}"/>` +
      `<path d="M60 96V120" stroke="${mix(c, '#1c1006', 0.8)}" stroke-width="1.6"/>` +
      `<rect x="71" y="99" width="15" height="12" rx="2" fill="${mix(c, '#1c1006', 0.5)}"/>` +
      `<path d="M75 99V92" stroke="#c9d3d6" stroke-width="2.4" stroke-linecap="round"/><path d="M80 99V94" stroke="${c}" stroke-width="2.4" stroke-linecap="round"/>`,
    over: (c) =>
      `<path d="M39 51C37 39 42 31 49 29L47 23L54 27L57 20L62 27L68 21L69 28L76 25L74 31C79 35 82 42 81 51C77 43 69 39 60 39C51 39 43 43 39 51Z" fill="#8a4a22"/>` +
      `<path d="M39 40Q60 32 81 40L81 44Q60 37 39 44Z" fill="#3a2a1c"/>` +
      `<circle cx="50.5" cy="37" r="6.5" fill="${c}" stroke="#3a2a1c" stroke-width="2.4"/><circle cx="69.5" cy="37" r="6.5" fill="${c}" stroke="#3a2a1c" stroke-width="2.4"/>` +
      `<path d="M47.5 35.5Q49 33.5 51.5 33.6M66.5 35.5Q68 33.5 70.5 33.6" fill="none" stroke="#fff8e8" stroke-width="1.4" stroke-linecap="round"/>` +
      `<path d="M77.5 52L80.5 55V60" fill="none" stroke="${c}" stroke-width="1.2"/>` +
      `<circle cx="77.5" cy="51" r="4.4" fill="${c}" opacity=".35"/><circle cx="77.5" cy="51" r="2.1" fill="${c}"/>` +
      `<g fill="#c47e5a"><circle cx="46" cy="62" r=".9"/><circle cx="49" cy="64" r=".9"/><circle cx="45" cy="65.5" r=".9"/><circle cx="74" cy="62" r=".9"/><circle cx="71" cy="64" r=".9"/><circle cx="75" cy="65.5" r=".9"/></g>`,
  },
  // Artist of the living mural: a wide cloud of plum curls with living-colour streaks, a
  // brush behind the ear, paint on her cheek and a paint-spattered smock.
  kara: {
    skin: '#c68a64',
    shade: '#a76d4b',
    hair: '#4b1d3f',
    lips: '#6a2638',
    behind: (c) =>
      `<g fill="#4b1d3f"><circle cx="43" cy="34" r="14"/><circle cx="60" cy="25" r="15"/><circle cx="77" cy="34" r="14"/>` +
      `<circle cx="35" cy="49" r="11"/><circle cx="85" cy="49" r="11"/><circle cx="37" cy="63" r="9"/><circle cx="83" cy="63" r="9"/></g>` +
      `<circle cx="69" cy="23" r="4.2" fill="${c}"/><circle cx="78" cy="28.5" r="3.2" fill="${c}"/><circle cx="30" cy="44" r="3" fill="${c}"/>`,
    body: (c) =>
      `<path d="M10 120C12 102 28 93 46 91L74 91C92 93 108 102 110 120Z" fill="${mix(c, '#1f0718', 0.6)}"/>` +
      `<path d="M48 91Q60 101 72 91Z" fill="#a76d4b"/>` +
      `<circle cx="36" cy="101" r="4" fill="#7fe0c4"/><circle cx="43" cy="106" r="2" fill="#ffc46b"/>` +
      `<circle cx="82" cy="99" r="3" fill="#9ec3ff"/><circle cx="88" cy="105" r="4.5" fill="${c}"/><circle cx="70" cy="106" r="2.2" fill="#ffc46b"/>`,
    over: (c) =>
      `<g fill="#4b1d3f"><circle cx="45" cy="38" r="7"/><circle cx="54" cy="34" r="7"/><circle cx="64" cy="34" r="7"/><circle cx="74" cy="38" r="7"/></g>` +
      `<circle cx="58" cy="31" r="2.6" fill="${c}"/>` +
      `<path d="M81 57L86.5 39" stroke="#d9b27a" stroke-width="2.6" stroke-linecap="round"/>` +
      `<path d="M86.3 39.8L87.5 36" stroke="#c9d3d6" stroke-width="3.4"/><path d="M87.4 36.4L88.8 31.6" stroke="${c}" stroke-width="4" stroke-linecap="round"/>` +
      `<path d="M44 64Q48 61.5 52 63.5" fill="none" stroke="#7fe0c4" stroke-width="2.4" stroke-linecap="round"/><circle cx="74" cy="66" r="1.5" fill="#ffc46b"/>`,
  },
  // Ethics overseer: close-cropped hair and a neat beard, round glasses, a buttoned coat
  // with the overseer's sash and its badge, a balance.
  jalen: {
    skin: '#6a4230',
    shade: '#52311f',
    hair: '#17100c',
    lips: '#33170f',
    behind: () => '',
    body: (c) =>
      `<path d="M10 120C12 102 28 93 46 91L74 91C92 93 108 102 110 120Z" fill="${mix(c, '#050a1a', 0.68)}"/>` +
      `<path d="M50 90L60 100L70 90L74 93L60 104L46 93Z" fill="#e6eefc"/>` +
      `<path d="M80 88L92 93L40 120L20 120Z" fill="${c}"/>` +
      `<circle cx="66" cy="99" r="6.4" fill="#f2e3b3" stroke="#0d2127" stroke-width="1.6"/>` +
      `<path d="M66 95V103M62.4 97H69.6M62.4 97L61.1 100.2H63.7ZM69.6 97L68.3 100.2H70.9Z" fill="#0d2127" stroke="#0d2127" stroke-width="1.1" stroke-linejoin="round"/>`,
    over: () =>
      `<path d="M40 50C39 36 48 29 60 29C72 29 81 36 80 50C78 43 73 38.5 66 38C62 37.7 58 37.7 54 38C47 38.5 42 43 40 50Z" fill="#17100c"/>` +
      `<path d="M41 60C43 75 51 82 60 82C69 82 77 75 79 60C76 69 70 74 60 74C50 74 44 69 41 60Z" fill="#17100c"/>` +
      `<g fill="none" stroke="#dce8ff" stroke-width="1.6"><circle cx="52" cy="56" r="6"/><circle cx="68" cy="56" r="6"/>` +
      `<path d="M58 55.5Q60 54 62 55.5M46 55L41 54M74 55L79 54"/></g>`,
  },
};

interface Face {
  /** Lid line on each eye, as a share of the eye's height covered: [inner, outer]. */
  lids: { left: [number, number]; right: [number, number] };
  /** Brows: inner and outer height (y) and how much the middle arches up. */
  brows: { left: [number, number, number]; right: [number, number, number] };
  mouth: (lips: string) => string;
  blush: boolean;
}

const FACES: Record<Expression, Face> = {
  calm: {
    lids: { left: [0.42, 0.42], right: [0.42, 0.42] },
    brows: { left: [47.5, 48, 1.6], right: [47.5, 48, 1.6] },
    mouth: (lips) =>
      `<path d="M54 68.6Q60 72.4 66 68.6" fill="none" stroke="${lips}" stroke-width="2.1" stroke-linecap="round"/>`,
    blush: false,
  },
  worried: {
    lids: { left: [0, 0.12], right: [0, 0.12] },
    brows: { left: [44.6, 48.6, 0.4], right: [44.6, 48.6, 0.4] },
    mouth: (lips) =>
      `<path d="M54.5 71.2Q57.2 68.6 60 70.2Q62.8 71.8 65.5 69.4" fill="none" stroke="${lips}" stroke-width="2.1" stroke-linecap="round"/>`,
    blush: false,
  },
  determined: {
    lids: { left: [0.55, 0.22], right: [0.55, 0.22] },
    brows: { left: [50, 46.2, 0.6], right: [50, 46.2, 0.6] },
    mouth: (lips) =>
      `<path d="M54 70.6Q60 69.2 66 70.6" fill="none" stroke="${lips}" stroke-width="2.2" stroke-linecap="round"/>`,
    blush: false,
  },
  hopeful: {
    lids: { left: [0, 0], right: [0, 0] },
    brows: { left: [45.2, 45.6, 2.6], right: [45.2, 45.6, 2.6] },
    mouth: (lips) =>
      `<path d="M53 67.4Q60 68.6 67 67.4Q66 75.4 60 75.4Q54 75.4 53 67.4Z" fill="${lips}"/>` +
      `<path d="M54.6 68.2Q60 69.1 65.4 68.2L65 70.2Q60 71 55 70.2Z" fill="#f6f3ea"/>`,
    blush: true,
  },
  wry: {
    lids: { left: [0.4, 0.4], right: [0.08, 0.08] },
    brows: { left: [48.6, 48.2, 0.4], right: [46, 43.6, 3] },
    mouth: (lips) =>
      `<path d="M54 70.4Q60 71.2 66.6 66.8" fill="none" stroke="${lips}" stroke-width="2.1" stroke-linecap="round"/>`,
    blush: false,
  },
};

const EYE_Y = 56;
const EYE_RX = 2.7;
const EYE_RY = 3.4;

/** One eye with its lid: `side` -1 is the viewer's left eye, whose inner corner is right. */
function eye(
  side: -1 | 1,
  lid: [number, number],
  skin: string,
  lips: string,
  big: boolean,
): string {
  const x = 60 + side * 8;
  const ry = big ? EYE_RY + 0.3 : EYE_RY;
  const top = EYE_Y - ry;
  // The lid's height at the inner corner (towards the nose) and at the outer one.
  const inner = top + lid[0] * ry * 2;
  const outer = top + lid[1] * ry * 2;
  const [leftY, rightY] = side === -1 ? [outer, inner] : [inner, outer];
  const x0 = x - EYE_RX - 1;
  const x1 = x + EYE_RX + 1;
  let svg = `<ellipse cx="${x}" cy="${EYE_Y}" rx="${EYE_RX}" ry="${ry}" fill="#1b1216"/>`;
  svg += `<circle cx="${x + 0.9}" cy="${EYE_Y - 1.2}" r="${big ? 1.1 : 0.9}" fill="#fff"/>`;
  if (big) svg += `<circle cx="${x - 0.9}" cy="${EYE_Y + 1.2}" r=".5" fill="#fff"/>`;
  if (lid[0] > 0 || lid[1] > 0) {
    svg += `<path d="M${x0} ${top - 1.5}H${x1}V${fmt(rightY)}L${x0} ${fmt(leftY)}Z" fill="${skin}"/>`;
    svg += `<path d="M${x0 + 0.3} ${fmt(leftY)}L${x1 - 0.3} ${fmt(rightY)}" stroke="${lips}" stroke-width="1.3" stroke-linecap="round"/>`;
  }
  return svg;
}

function brow(
  side: -1 | 1,
  [innerY, outerY, arch]: [number, number, number],
  hair: string,
): string {
  const inner = 60 + side * 3.6;
  const outer = 60 + side * 12.6;
  const middle = (inner + outer) / 2;
  const control = (innerY + outerY) / 2 - arch * 2;
  return `<path d="M${inner} ${innerY}Q${middle} ${fmt(control)} ${outer} ${outerY}" fill="none" stroke="${hair}" stroke-width="3" stroke-linecap="round"/>`;
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function portraitSvg(role: RoleId, expression: Expression): string {
  const look = LOOKS[role];
  const face = FACES[expression];
  const colour = ROLES[role].colour;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">`,
    // Named for anyone who opens the file; in the game the <img> is decorative (alt="").
    `<title>${ROLES[role].name}, ${expression}</title>`,
    `<clipPath id="c"><circle cx="60" cy="60" r="58"/></clipPath>`,
    `<circle cx="60" cy="60" r="58" fill="#102a31"/>`,
    `<g clip-path="url(#c)">`,
    // Cells of the shared microbiome drifting behind everyone, in the role's colour.
    `<g fill="${colour}" opacity=".16"><circle cx="60" cy="58" r="40"/><circle cx="17" cy="30" r="10"/><circle cx="104" cy="22" r="7"/><circle cx="108" cy="74" r="9"/><circle cx="12" cy="80" r="6"/></g>`,
    // The character is drawn a little larger than the frame's centre so faces read at
    // phone size; the frame keeps the crop round.
    `<g transform="translate(60 60) scale(1.24) translate(-60 -60)">`,
    look.behind(colour),
    look.body(colour),
    `<rect x="53" y="72" width="14" height="22" rx="5" fill="${look.shade}"/>`,
    `<ellipse cx="40.5" cy="57" rx="3.6" ry="5.2" fill="${look.shade}"/><ellipse cx="79.5" cy="57" rx="3.6" ry="5.2" fill="${look.shade}"/>`,
    `<path d="M40 52C40 36 49 30 60 30C71 30 80 36 80 52C80 68 71 80 60 80C49 80 40 68 40 52Z" fill="${look.skin}"/>`,
    face.blush
      ? `<g fill="#e5707a" opacity=".35"><circle cx="47.5" cy="64.5" r="3.4"/><circle cx="72.5" cy="64.5" r="3.4"/></g>`
      : '',
    eye(-1, face.lids.left, look.skin, look.lips, expression === 'hopeful'),
    eye(1, face.lids.right, look.skin, look.lips, expression === 'hopeful'),
    `<path d="M60.4 58.5Q58.2 62.8 60.8 63.8" fill="none" stroke="${look.shade}" stroke-width="1.6" stroke-linecap="round"/>`,
    face.mouth(look.lips),
    look.over(colour),
    brow(-1, face.brows.left, look.hair),
    brow(1, face.brows.right, look.hair),
    `</g>`,
    `</g>`,
    `<circle cx="60" cy="60" r="58" fill="none" stroke="${colour}" stroke-width="3"/>`,
    `</svg>`,
  ];
  return `${parts.join('')}\n`;
}

export function portraitFileName(role: RoleId, expression: Expression): string {
  return `${role}-${expression}.svg`;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const role of ROLE_IDS) {
    for (const expression of EXPRESSIONS) {
      const file = path.join(OUT, portraitFileName(role, expression));
      writeFileSync(file, portraitSvg(role, expression));
    }
  }
  console.log(`wrote ${ROLE_IDS.length * EXPRESSIONS.length} portraits to ${OUT}`);
}

// Importing this file (the tests do) only reads the drawings; running it writes them.
if (path.resolve(process.argv[1] ?? '') === import.meta.filename) main();
