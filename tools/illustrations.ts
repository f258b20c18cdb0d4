// Draws the pictures that `# image:` tags show beside a line, one SVG each, into
// assets/images/. Run `npx tsx tools/illustrations.ts` after changing a drawing here and
// commit what it writes. Flat shapes in the game's colours (src/ui/styles.css and the
// microbial groups' colours in src/sim/mural.ts), 4:3, no text: the alt text in the tag
// says what a picture shows. Deterministic: same bytes each run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve(import.meta.dirname, '../assets/images');

export const ILLUSTRATION_SIZE = { width: 320, height: 240 } as const;

const PANEL = '#0d2127';
const MOSS = '#7fe0c4';
const GLASS = '#bfe3dc';

/** A circle as SVG; numbers are rounded to keep the files small and stable. */
function circle(x: number, y: number, r: number, attributes: string): string {
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" ${attributes}/>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A household's starter at the festival: a little glass jar of living mouth-culture under
 * a cloth cap, bubbling, flecked with the colours of its microbes, a crayon label on it.
 */
function starterJar(): string {
  // Lantern-moss light behind the jar: soft circles, as on the festival's stalls.
  const moss = [
    [48, 52, 34],
    [276, 40, 26],
    [262, 176, 40],
    [36, 188, 22],
  ]
    .map(([x = 0, y = 0, r = 0]) => circle(x, y, r, `fill="${MOSS}" opacity=".08"`))
    .join('');
  // Bubbles rising through the culture, and flecks of the groups that live in it:
  // streptococci teal, Veillonella blue, a little Candida yellow.
  const bubbles = [
    [132, 176, 4],
    [150, 158, 3],
    [171, 184, 5],
    [186, 150, 3.5],
    [198, 171, 2.5],
    [142, 140, 2.5],
    [164, 134, 3],
  ]
    .map(([x = 0, y = 0, r = 0]) =>
      circle(x, y, r, `fill="#fff8e8" fill-opacity=".35" stroke="#fff8e8" stroke-width="1.2"`),
    )
    .join('');
  const flecks = [
    [126, 190, '#3fb8a9'],
    [138, 166, '#3fb8a9'],
    [158, 192, '#3fb8a9'],
    [192, 186, '#3fb8a9'],
    [178, 162, '#7b8fe0'],
    [147, 182, '#7b8fe0'],
    [201, 156, '#7b8fe0'],
    [166, 148, '#d8d05a'],
    [130, 150, '#d8d05a'],
  ]
    .map(([x = 0, y = 0, colour = '']) => circle(Number(x), Number(y), 2.4, `fill="${colour}"`))
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ILLUSTRATION_SIZE.width} ${ILLUSTRATION_SIZE.height}" width="${ILLUSTRATION_SIZE.width}" height="${ILLUSTRATION_SIZE.height}">`,
    // Named in the file too, for anyone who opens it on its own (the page's words are the alt).
    '<title>A glass jar of starter culture under a cloth cap, with a crayon label</title>',
    `<rect width="320" height="240" rx="14" fill="${PANEL}"/>`,
    moss,
    // The festival table the jar stands on, and the jar's shadow.
    `<path d="M0 206H320V226A14 14 0 0 1 306 240H14A14 14 0 0 1 0 226Z" fill="#1f4a52"/>`,
    `<ellipse cx="160" cy="208" rx="66" ry="7" fill="#07161b" opacity=".6"/>`,
    // The culture, behind the glass: creamy, with a lumpy top.
    `<path d="M112 124C128 116 138 126 152 120C166 114 176 126 190 119C198 116 204 119 208 122L208 192C208 200 202 204 194 204L126 204C118 204 112 200 112 192Z" fill="#efe3c4"/>`,
    `<path d="M112 124C128 116 138 126 152 120C166 114 176 126 190 119C198 116 204 119 208 122L208 134C196 130 186 138 172 133C158 128 146 138 132 133C124 130 118 131 112 134Z" fill="#fff8e8" opacity=".55"/>`,
    flecks,
    bubbles,
    // The glass: a jar with shoulders and a neck.
    `<path d="M122 62L198 62L198 74C210 80 214 90 214 102L214 192C214 204 206 210 194 210L126 210C114 210 106 204 106 192L106 102C106 90 110 80 122 74Z" fill="${GLASS}" fill-opacity=".14" stroke="${GLASS}" stroke-width="3" stroke-linejoin="round"/>`,
    `<path d="M116 104C116 96 118 90 124 86M116 116L116 178" fill="none" stroke="#ffffff" stroke-opacity=".55" stroke-width="3" stroke-linecap="round"/>`,
    // A cloth cap in the festival's amber, tied with string under the rim.
    `<path d="M114 66C112 52 126 44 160 44C194 44 208 52 206 66C206 74 200 82 196 86L190 74L180 84L170 74L160 86L150 74L140 84L130 74L124 86C120 82 114 74 114 66Z" fill="#f2a03d"/>`,
    `<path d="M126 52C140 48 170 47 196 54" fill="none" stroke="#fff8e8" stroke-opacity=".5" stroke-width="2.4" stroke-linecap="round"/>`,
    `<path d="M118 72Q160 80 202 72" fill="none" stroke="#5b3a22" stroke-width="3" stroke-linecap="round"/>`,
    `<path d="M200 73C208 78 212 86 208 94M201 73C212 74 218 80 220 88" fill="none" stroke="#5b3a22" stroke-width="2.2" stroke-linecap="round"/>`,
    // A paper label, a little crooked, with a child's crayon scribble on it.
    `<g transform="rotate(-6 160 160)">`,
    `<rect x="134" y="144" width="52" height="34" rx="3" fill="#fff8e8"/>`,
    `<path d="M141 156C146 151 150 161 155 155C160 149 163 160 168 154C172 150 176 157 179 153" fill="none" stroke="#e0573a" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<path d="M142 168L158 168M163 168L176 167" fill="none" stroke="#9b5fc0" stroke-width="2.4" stroke-linecap="round"/>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/** Every picture a `# image:` tag can name, by name. */
export const ILLUSTRATIONS: Record<string, () => string> = {
  'starter-jar': starterJar,
};

export function illustrationSvg(name: string): string {
  const draw = ILLUSTRATIONS[name];
  if (!draw) throw new Error(`no illustration called "${name}"`);
  return `${draw()}\n`;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  for (const name of Object.keys(ILLUSTRATIONS)) {
    writeFileSync(path.join(OUT, `${name}.svg`), illustrationSvg(name));
  }
  console.log(`wrote ${Object.keys(ILLUSTRATIONS).length} illustrations to ${OUT}`);
}

// Importing this file (the tests do) only reads the drawings; running it writes them.
if (path.resolve(process.argv[1] ?? '') === import.meta.filename) main();
