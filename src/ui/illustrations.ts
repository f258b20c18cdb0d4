// The picture a `# image:` tag puts beside a line (assets/images/, drawn by
// tools/illustrations.ts). The tag's words after `=` become the picture's alt text, set
// as an attribute, never as HTML; a picture given no words is treated as decoration.
import type { StoryLine } from '../narrative/narrative';
import { cueValue, illustrationOf } from '../narrative/tags';
import { element } from './dom';
import './illustrations.css';

// Files, not inlined data: URLs: the pictures stay out of the script bundle and each is
// fetched (and cached) the first time a line shows it.
const files = import.meta.glob('../../assets/images/*.{svg,png,jpg,jpeg,webp}', {
  eager: true,
  query: '?no-inline',
  import: 'default',
}) as Record<string, string>;

const IMAGE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([file, url]) => [
    file.replace(/^.*\/|\.[^.]+$/g, '').toLowerCase(),
    url,
  ]),
);

/** Every picture drawn at this shape (4:3), so the page keeps its place while one loads. */
const WIDTH = 320;
const HEIGHT = 240;

export function illustrationUrl(name: string): string | undefined {
  return IMAGE_URLS[name.trim().toLowerCase()];
}

/**
 * The figure for a line's `# image:` cue, to append after the line's paragraph; null when
 * the line has none or names a picture the game does not have (the checker warns).
 */
export function illustrationFor(line: StoryLine): HTMLElement | null {
  const value = cueValue(line.cues, 'image');
  if (value === undefined) return null;
  const { name, alt } = illustrationOf(value);
  const url = illustrationUrl(name);
  if (!url) return null;
  return element('figure', { className: 'line illustration' }, [
    element('img', {
      attributes: {
        src: url,
        alt,
        width: String(WIDTH),
        height: String(HEIGHT),
        decoding: 'async',
        'data-image': name,
      },
    }),
  ]);
}
