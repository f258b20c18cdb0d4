// @vitest-environment happy-dom
// `# image:` pictures: which figure a line gets, its words as alt text (never as HTML),
// the checker's word on names and words, and the committed files being what
// tools/illustrations.ts draws.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { illustrationOf, parseTags } from '../../src/narrative/tags';
import { illustrationFor, illustrationUrl } from '../../src/ui/illustrations';
import { ILLUSTRATIONS, illustrationSvg } from '../../tools/illustrations';
import { checkStory, formatFinding } from '../../tools/storyCheck';

const root = path.resolve(import.meta.dirname, '../..');
const images = path.join(root, 'assets/images');

const line = (...tags: string[]) => ({ text: 'The jars clink.', cues: parseTags(tags) });

describe('the # image: tag', () => {
  it('names a picture and, after =, says what it shows', () => {
    expect(illustrationOf(' Starter-Jar = A jar of living starter = bubbling ')).toEqual({
      name: 'starter-jar',
      alt: 'A jar of living starter = bubbling',
    });
    expect(illustrationOf('starter-jar')).toEqual({ name: 'starter-jar', alt: '' });
    expect(parseTags(['IMAGE: starter-jar = A jar'])).toEqual([
      { kind: 'image', value: 'starter-jar = A jar' },
    ]);
  });

  it('puts the picture under the line with its words as alt text', () => {
    const figure = illustrationFor(line('image: starter-jar = A jar of <b>living</b> starter'));
    const img = figure?.querySelector('img');
    expect(figure?.tagName).toBe('FIGURE');
    expect(img?.getAttribute('src')).toBe(illustrationUrl('starter-jar'));
    expect(img?.getAttribute('src')).toMatch(/starter-jar.*\.svg/);
    expect(img?.getAttribute('alt')).toBe('A jar of <b>living</b> starter');
    expect(figure?.querySelector('b')).toBeNull();
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['320', '240']);
  });

  it('treats a picture given no words as decoration', () => {
    expect(
      illustrationFor(line('image: starter-jar'))?.querySelector('img')?.getAttribute('alt'),
    ).toBe('');
  });

  it('shows nothing for a line without the tag or a picture the game lacks', () => {
    expect(illustrationFor(line('speaker: Kara'))).toBeNull();
    expect(illustrationFor(line('image: sourdough-crock = A clay crock'))).toBeNull();
  });
});

describe('the story checker on picture and mural cues', () => {
  it('warns, with file and line, of a missing picture, a picture without words and an unknown mural cue', () => {
    const report = checkStory(path.join(root, 'tests/fixtures/ink/tags/main.ink'), {
      relativeTo: root,
      playthroughs: 2,
    });
    const file = 'tests/fixtures/ink/tags/main.ink';
    const warnings = report.findings.map(formatFinding).filter((f) => /image|mural/.test(f));
    expect(warnings).toEqual([
      `${file}:3: warning: "# image: sourdough-crock = A clay crock": assets/images/ has no picture called "sourdough-crock" (it has: starter-jar)`,
      `${file}:4: warning: "# image: starter-jar": say what the picture shows, for people who cannot see it: "# image: starter-jar = what it shows"`,
      `${file}:6: warning: "# mural: dance": the mural has no cue called "dance" (it has: pulse)`,
    ]);
  });
});

describe('the picture files', () => {
  it('are exactly what tools/illustrations.ts draws, and nothing else', () => {
    const names = Object.keys(ILLUSTRATIONS);
    expect(readdirSync(images).sort()).toEqual(names.map((name) => `${name}.svg`).sort());
    for (const name of names) {
      const file = path.join(images, `${name}.svg`);
      expect(readFileSync(file, 'utf8'), `${file}: run npx tsx tools/illustrations.ts`).toBe(
        illustrationSvg(name),
      );
    }
  });

  it('are small, self-contained 4:3 SVG with no script and nothing fetched from elsewhere', () => {
    for (const file of readdirSync(images)) {
      const text = readFileSync(path.join(images, file), 'utf8');
      expect(text.length).toBeLessThan(8000);
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 240"/);
      expect(text).not.toMatch(/<script|\bon\w+=|href=|url\((?!#)/i);
    }
  });
});
