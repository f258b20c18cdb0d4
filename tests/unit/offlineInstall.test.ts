// What makes the game installable: the committed icons are what tools/make-icons.ts
// draws, and the web manifest points at them in the game's own colours.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_COLOURS, iconPixels, iconSvg, PNG_SIZES, pngScanlines } from '../../tools/icon';

const root = path.resolve(import.meta.dirname, '../..');
const publicFile = (name: string) => readFileSync(path.join(root, 'public', name));

/** Width, height, colour type and the inflated image data of one of our PNGs. */
function readPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), bytes.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')?.[0] as Buffer;
  return {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    colourType: header[9],
    data: inflateSync(Buffer.concat(chunks.get('IDAT') ?? [])),
    ends: chunks.has('IEND'),
  };
}

describe('icons', () => {
  it('committed SVG is what tools/make-icons.ts draws', () => {
    expect(publicFile('icons/icon.svg').toString('utf8')).toBe(iconSvg());
  });

  it.each(PNG_SIZES)('committed %i px PNG is what tools/make-icons.ts draws', (size) => {
    const png = readPng(publicFile(`icons/icon-${size}.png`));
    expect({ width: png.width, height: png.height, colourType: png.colourType }).toEqual({
      width: size,
      height: size,
      colourType: 2,
    });
    expect(png.ends).toBe(true);
    expect(png.data.equals(pngScanlines(iconPixels(size), size))).toBe(true);
  });

  it('keeps its drawing inside the circle a maskable icon may be cropped to', () => {
    const size = 64;
    const pixels = iconPixels(size);
    const background = [7, 22, 27];
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= 0.4 * size + 1) continue;
        const at = (y * size + x) * 3;
        expect([pixels[at], pixels[at + 1], pixels[at + 2]]).toEqual(background);
      }
    }
  });
});

describe('web manifest', () => {
  const manifest = JSON.parse(publicFile('manifest.webmanifest').toString('utf8'));

  it('installs as a standalone app that starts in its own folder', () => {
    expect(manifest).toMatchObject({
      name: 'Dental Biocalypse',
      short_name: expect.any(String),
      start_url: './',
      scope: './',
      display: 'standalone',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it("uses the game's dark background for its splash screen and title bar", () => {
    const styles = readFileSync(path.join(root, 'src/ui/styles.css'), 'utf8');
    const background = styles.match(/--bg:\s*(#[0-9a-f]{6})/i)?.[1];
    expect(background).toBe(ICON_COLOURS.background);
    expect(manifest.background_color).toBe(background);
    expect(manifest.theme_color).toBe(background);
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${background}" />`);
  });

  it('lists icons that exist, with the sizes it claims, 192 and 512 px among them', () => {
    const sizes = new Set<string>();
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      expect(icon.src).not.toMatch(/^\/|:/);
      const bytes = publicFile(icon.src);
      if (icon.type === 'image/png') {
        const png = readPng(bytes);
        expect(icon.sizes).toBe(`${png.width}x${png.height}`);
      } else {
        expect(icon.type).toBe('image/svg+xml');
        expect(bytes.toString('utf8')).toMatch(/^<svg /);
      }
      sizes.add(icon.sizes);
    }
    expect([...sizes]).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
