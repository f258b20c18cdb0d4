// Draws the game's icons into public/icons/ (SVG, and the PNGs the web manifest lists).
// Run after changing tools/icon.ts: npx tsx tools/make-icons.ts
// A unit test fails while the committed files differ from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, iconPixels, iconSvg, PNG_SIZES } from './icon.ts';

const folder = path.resolve(import.meta.dirname, '../public/icons');
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, 'icon.svg'), iconSvg());
for (const size of PNG_SIZES) {
  writeFileSync(path.join(folder, `icon-${size}.png`), encodePng(iconPixels(size), size));
}
console.log(`icons written to ${path.relative(process.cwd(), folder)}/`);
