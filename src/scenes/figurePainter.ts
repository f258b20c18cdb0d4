// The people on the stage, drawn in the portraits' style (tools/portraits.ts): one body and
// face geometry for everyone, told apart by skin, hair, clothes in the role's colour and
// what they carry (Elara's mint wrap and satchel, Torus's amber goggles, Kara's curls and
// brush, Jalen's glasses, beard and sash). Painted once into textures by the preload scene,
// on a plain Canvas 2D context, in a box 100 units wide and 200 high (feet at the bottom).
import { ROLES, type RoleId } from '../session/roles';

export type Pose = 'stand' | 'sit';

export interface FigureLook {
  skin: string;
  hair: string;
  clothes: string;
  /** The role's colour, or a townsperson's accent. */
  accent: string;
  /** What tells them apart, drawn over the basic figure. */
  marks: readonly Mark[];
}

type Mark =
  | 'bun'
  | 'spikes'
  | 'curls'
  | 'crop'
  | 'long'
  | 'goggles'
  | 'glasses'
  | 'beard'
  | 'brush'
  | 'satchel'
  | 'sash';

export const FIGURE_WIDTH = 100;
export const FIGURE_HEIGHT = 200;

/** Blends two #rrggbb colours: `t` 0 is `a`, 1 is `b` (as the portraits do). */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const role = (id: RoleId) => ROLES[id].colour;

/** The four, with the portraits' skin, hair and clothes (tools/portraits.ts LOOKS). */
export const CHARACTER_LOOKS: Record<RoleId, FigureLook> = {
  elara: {
    skin: '#8a5a3c',
    hair: '#2b1a12',
    clothes: mix(role('elara'), '#06201c', 0.62),
    accent: role('elara'),
    marks: ['bun', 'satchel'],
  },
  torus: {
    skin: '#efc4a1',
    hair: '#8a4a22',
    clothes: mix(role('torus'), '#1c1006', 0.64),
    accent: role('torus'),
    marks: ['spikes', 'goggles'],
  },
  kara: {
    skin: '#c68a64',
    hair: '#4b1d3f',
    clothes: mix(role('kara'), '#1f0718', 0.6),
    accent: role('kara'),
    marks: ['curls', 'brush'],
  },
  jalen: {
    skin: '#6a4230',
    hair: '#17100c',
    clothes: mix(role('jalen'), '#050a1a', 0.68),
    accent: role('jalen'),
    marks: ['crop', 'beard', 'glasses', 'sash'],
  },
};

/** The people of the hub: a festival crowd of varied skin, hair and clothes. */
export const TOWNSFOLK_LOOKS: readonly FigureLook[] = [
  { skin: '#d7a67f', hair: '#3b2a20', clothes: '#2f4a3a', accent: '#a8d8c0', marks: ['long'] },
  { skin: '#5b3624', hair: '#0f0a08', clothes: '#4a2f45', accent: '#f29bd2', marks: ['crop'] },
  { skin: '#f1cfb2', hair: '#c9a35a', clothes: '#29405a', accent: '#9ec3ff', marks: ['bun'] },
  { skin: '#9a6646', hair: '#1d1310', clothes: '#5a4022', accent: '#ffc46b', marks: ['curls'] },
  {
    skin: '#7a4b33',
    hair: '#cfc6bb',
    clothes: '#334a4f',
    accent: '#7fe0c4',
    marks: ['crop', 'beard'],
  },
  { skin: '#e0b08c', hair: '#6b2e1e', clothes: '#4f2d2d', accent: '#ffb38a', marks: ['long'] },
];

/** Paints one figure into the 100 x 200 box at the context's current transform. */
export function paintFigure(context: CanvasRenderingContext2D, look: FigureLook, pose: Pose): void {
  const c = context;
  const has = (mark: Mark) => look.marks.includes(mark);
  const seated = pose === 'sit';
  // Seated, the head sits 40 units lower and the knees come forward.
  const drop = seated ? 40 : 0;
  const headY = 42 + drop;
  c.lineCap = 'round';
  c.lineJoin = 'round';

  // Hair behind the head (long hair, curls, the bun).
  c.fillStyle = look.hair;
  if (has('long')) roundRect(c, 28, headY - 18, 44, 58, 18);
  if (has('curls')) {
    for (const [x, y, r] of [
      [34, -8, 15],
      [50, -20, 16],
      [66, -8, 15],
      [28, 10, 12],
      [72, 10, 12],
    ] as const) {
      circle(c, x, headY + y, r);
    }
  }
  if (has('bun')) circle(c, 50, headY - 30, 10);

  // The body: the portraits' rounded shoulders, a robe to the hem.
  c.fillStyle = look.clothes;
  c.beginPath();
  if (seated) {
    c.moveTo(22, 200);
    c.bezierCurveTo(20, 130 + drop - 40, 30, 70 + drop, 50, 68 + drop);
    c.bezierCurveTo(70, 70 + drop, 80, 130 + drop - 40, 88, 170);
    c.lineTo(96, 200);
  } else {
    c.moveTo(20, 196);
    c.bezierCurveTo(22, 110, 26, 72, 50, 68);
    c.bezierCurveTo(74, 72, 78, 110, 80, 196);
  }
  c.closePath();
  c.fill();
  // A lighter band of the role's colour down the front, as the portraits' collars.
  c.strokeStyle = look.accent;
  c.lineWidth = 3;
  c.beginPath();
  c.moveTo(42, 70 + drop);
  c.lineTo(50, 84 + drop);
  c.lineTo(58, 70 + drop);
  c.stroke();
  if (has('sash')) {
    c.lineWidth = 7;
    c.beginPath();
    c.moveTo(36, 74 + drop);
    c.lineTo(70, 140 + drop * 0.4);
    c.stroke();
  }
  if (has('satchel')) {
    c.strokeStyle = '#8b5a36';
    c.lineWidth = 5;
    c.beginPath();
    c.moveTo(62, 72 + drop);
    c.lineTo(34, 128 + drop * 0.3);
    c.stroke();
    c.fillStyle = look.accent;
    circle(c, 33, 132 + drop * 0.3, 7);
  }
  // Hands at the sides, the skin's colour.
  c.fillStyle = look.skin;
  circle(c, 22, 134 + drop * 0.6, 6);
  circle(c, 78, 134 + drop * 0.6, 6);
  if (has('brush')) {
    c.strokeStyle = '#d9b27a';
    c.lineWidth = 4;
    c.beginPath();
    c.moveTo(80, 136 + drop * 0.6);
    c.lineTo(92, 100 + drop * 0.6);
    c.stroke();
    c.fillStyle = look.accent;
    circle(c, 93, 97 + drop * 0.6, 5);
  }

  // The head and neck.
  c.fillStyle = look.skin;
  roundRect(c, 44, headY + 14, 12, 14, 4);
  c.beginPath();
  c.ellipse(50, headY, 19, 22, 0, 0, Math.PI * 2);
  c.fill();
  // The face: the portraits' calm eyes and mouth.
  c.fillStyle = '#1a1210';
  circle(c, 43, headY + 2, 2.2);
  circle(c, 57, headY + 2, 2.2);
  c.strokeStyle = mix(look.skin, '#2a0f0a', 0.55);
  c.lineWidth = 2;
  c.beginPath();
  c.moveTo(45, headY + 12);
  c.quadraticCurveTo(50, headY + 15, 55, headY + 12);
  c.stroke();

  // Hair over the forehead, and what is worn on the face.
  c.fillStyle = look.hair;
  c.beginPath();
  c.moveTo(31, headY - 2);
  c.bezierCurveTo(30, headY - 22, 40, headY - 26, 50, headY - 26);
  c.bezierCurveTo(60, headY - 26, 70, headY - 22, 69, headY - 2);
  c.bezierCurveTo(64, headY - 12, 56, headY - 14, 50, headY - 14);
  c.bezierCurveTo(42, headY - 14, 36, headY - 10, 31, headY - 2);
  c.fill();
  if (has('spikes')) {
    c.beginPath();
    c.moveTo(32, headY - 12);
    for (const [x, y] of [
      [36, -32],
      [43, -22],
      [48, -36],
      [54, -23],
      [61, -34],
      [64, -20],
      [70, -26],
      [68, -10],
    ] as const) {
      c.lineTo(x, headY + y);
    }
    c.closePath();
    c.fill();
  }
  if (has('bun')) {
    // Elara's mint wrap around the bun, and her grey streak.
    c.fillStyle = look.accent;
    roundRect(c, 41, headY - 27, 18, 5, 2);
    c.strokeStyle = '#cfc6bb';
    c.lineWidth = 2;
    c.beginPath();
    c.moveTo(48, headY - 24);
    c.lineTo(38, headY - 10);
    c.stroke();
  }
  if (has('curls')) {
    c.fillStyle = look.accent;
    circle(c, 60, headY - 26, 3.5);
    circle(c, 30, headY - 4, 3);
  }
  if (has('goggles')) {
    c.fillStyle = look.accent;
    c.strokeStyle = '#3a2a1c';
    c.lineWidth = 2.5;
    for (const x of [42, 58]) {
      c.beginPath();
      c.arc(x, headY - 14, 6, 0, Math.PI * 2);
      c.fill();
      c.stroke();
    }
  }
  if (has('glasses')) {
    c.strokeStyle = '#c9d3d6';
    c.lineWidth = 1.8;
    for (const x of [43, 57]) {
      c.beginPath();
      c.arc(x, headY + 2, 5, 0, Math.PI * 2);
      c.stroke();
    }
  }
  if (has('beard')) {
    c.fillStyle = look.hair;
    c.beginPath();
    c.moveTo(33, headY + 4);
    c.quadraticCurveTo(50, headY + 34, 67, headY + 4);
    c.quadraticCurveTo(60, headY + 18, 50, headY + 17);
    c.quadraticCurveTo(40, headY + 18, 33, headY + 4);
    c.fill();
  }
}

function circle(c: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
}

function roundRect(
  c: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
  c.fill();
}
