// The game's icon, drawn from one list of shapes both as SVG and as PNG pixels, so the
// vector icon and the install icons cannot drift apart. Used by tools/make-icons.ts and
// its test; nothing here runs in the game.
import { deflateSync } from 'node:zlib';

/** Colours of the game's dark look (src/ui/styles.css: --bg, --panel, --panel-edge, ...). */
export const ICON_COLOURS = {
  background: '#07161b',
  dish: '#0d2127',
  rim: '#4d8a8f',
  tooth: '#e9f5f1',
  commensal: '#7fe0c4',
  acidLoving: '#ffd166',
  inflamed: '#ffb4a8',
} as const;

type Colour = keyof typeof ICON_COLOURS;

type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: Colour;
    }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; fill: Colour }
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number; stroke: Colour };

/** Drawing size of the shapes; rasters scale from it. */
export const ICON_GRID = 512;

const circle = (cx: number, cy: number, r: number, fill: Colour): Shape => ({
  kind: 'ellipse',
  cx,
  cy,
  rx: r,
  ry: r,
  fill,
});

// A tooth on a culture dish with its microbes. Everything but the full-bleed background
// stays inside the central circle of radius 0.4 * 512 that maskable icons keep, so
// launchers may crop the icon to any shape.
const SHAPES: readonly Shape[] = [
  { kind: 'rect', x: 0, y: 0, width: 512, height: 512, radius: 0, fill: 'background' },
  circle(256, 256, 198, 'dish'),
  { kind: 'ring', cx: 256, cy: 256, r: 196, width: 8, stroke: 'rim' },
  { kind: 'ellipse', cx: 210, cy: 318, rx: 36, ry: 76, fill: 'tooth' },
  { kind: 'ellipse', cx: 302, cy: 318, rx: 36, ry: 76, fill: 'tooth' },
  { kind: 'rect', x: 160, y: 128, width: 192, height: 176, radius: 64, fill: 'tooth' },
  circle(222, 196, 18, 'commensal'),
  circle(288, 226, 13, 'acidLoving'),
  circle(246, 256, 10, 'inflamed'),
  circle(136, 196, 14, 'commensal'),
  circle(380, 300, 16, 'commensal'),
  circle(364, 170, 10, 'acidLoving'),
  circle(150, 330, 9, 'commensal'),
];

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `  <rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" rx="${shape.radius}" fill="${ICON_COLOURS[shape.fill]}"/>`;
    case 'ellipse':
      return shape.rx === shape.ry
        ? `  <circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.rx}" fill="${ICON_COLOURS[shape.fill]}"/>`
        : `  <ellipse cx="${shape.cx}" cy="${shape.cy}" rx="${shape.rx}" ry="${shape.ry}" fill="${ICON_COLOURS[shape.fill]}"/>`;
    case 'ring':
      return `  <circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="none" stroke="${ICON_COLOURS[shape.stroke]}" stroke-width="${shape.width}"/>`;
  }
}

/** The icon as SVG source. */
export function iconSvg(): string {
  const body = SHAPES.map(shapeSvg);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ICON_GRID} ${ICON_GRID}" width="${ICON_GRID}" height="${ICON_GRID}">`,
    '  <title>Dental Biocalypse</title>',
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect': {
      const hw = shape.width / 2;
      const hh = shape.height / 2;
      const dx = Math.abs(x - (shape.x + hw));
      const dy = Math.abs(y - (shape.y + hh));
      if (dx > hw || dy > hh) return false;
      const qx = Math.max(dx - (hw - shape.radius), 0);
      const qy = Math.max(dy - (hh - shape.radius), 0);
      return qx * qx + qy * qy <= shape.radius * shape.radius;
    }
    case 'ellipse': {
      const nx = (x - shape.cx) / shape.rx;
      const ny = (y - shape.cy) / shape.ry;
      return nx * nx + ny * ny <= 1;
    }
    case 'ring':
      return Math.abs(Math.hypot(x - shape.cx, y - shape.cy) - shape.r) <= shape.width / 2;
  }
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const PALETTE = Object.fromEntries(
  Object.entries(ICON_COLOURS).map(([name, hex]) => [name, rgb(hex)]),
) as Record<Colour, [number, number, number]>;

/**
 * The icon as opaque RGB pixels, `size` by `size`, painted in order with 4x4
 * supersampling so edges are smooth like the SVG's.
 */
export function iconPixels(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 3);
  const scale = ICON_GRID / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let colour = PALETTE.background;
          for (const shape of SHAPES) {
            if (inside(shape, x, y)) {
              colour = PALETTE[shape.kind === 'ring' ? shape.stroke : shape.fill];
            }
          }
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const n = samples * samples;
      const at = (py * size + px) * 3;
      pixels[at] = Math.round(r / n);
      pixels[at + 1] = Math.round(g / n);
      pixels[at + 2] = Math.round(b / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 255] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Rows of RGB pixels, each behind PNG filter byte 0 (none), as IDAT compresses them. */
export function pngScanlines(pixels: Uint8Array, size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    rows[row] = 0;
    rows.set(pixels.subarray(y * size * 3, (y + 1) * size * 3), row + 1);
  }
  return rows;
}

/** A minimal PNG: 8-bit truecolour, no alpha (the icon is opaque), one IDAT. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pngScanlines(pixels, size), { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The PNG sizes the web manifest lists (Chromium asks for 192 and 512 to install). */
export const PNG_SIZES = [192, 512] as const;
