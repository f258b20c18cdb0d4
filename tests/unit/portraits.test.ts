// Portraits: which picture a dialogue line gets, the checker's word on expressions, and
// the committed pictures being exactly what tools/portraits.ts draws.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPRESSIONS, parseTags } from '../../src/narrative/tags';
import { ROLE_IDS } from '../../src/session/roles';
import { portraitFor, portraitUrl, speakerRole } from '../../src/ui/portraits';
import { portraitFileName, portraitSvg } from '../../tools/portraits';
import { checkStory, formatFinding } from '../../tools/storyCheck';

const root = path.resolve(import.meta.dirname, '../..');
const portraits = path.join(root, 'assets/portraits');

describe('which portrait a line gets', () => {
  it('knows the four main characters by first name, full name or role id, in any case', () => {
    expect(speakerRole('Elara')).toBe('elara');
    expect(speakerRole('torus kline')).toBe('torus');
    expect(speakerRole(' KARA ')).toBe('kara');
    expect(speakerRole('jalen')).toBe('jalen');
    expect(speakerRole('Mirela')).toBeUndefined();
    expect(speakerRole('Kline')).toBeUndefined();
  });

  it("shows the speaker's portrait with the line's expression", () => {
    expect(portraitFor(parseTags(['speaker: Torus', 'expression: worried']))).toEqual({
      role: 'torus',
      expression: 'worried',
    });
    expect(portraitFor(parseTags(['expression: Wry', 'speaker: Jalen']))).toEqual({
      role: 'jalen',
      expression: 'wry',
    });
  });

  it('looks calm when the line names no expression, or one the portraits lack', () => {
    expect(portraitFor(parseTags(['speaker: Elara']))).toEqual({
      role: 'elara',
      expression: 'calm',
    });
    expect(portraitFor(parseTags(['speaker: Kara', 'expression: smug']))).toEqual({
      role: 'kara',
      expression: 'calm',
    });
  });

  it('gives no portrait to narration or to speakers without one', () => {
    expect(portraitFor(parseTags(['expression: worried']))).toBeNull();
    expect(portraitFor(parseTags(['speaker: Mirela', 'expression: worried']))).toBeNull();
    expect(portraitFor([])).toBeNull();
  });

  it('has a picture for every main character and expression, each a different one', () => {
    const urls = ROLE_IDS.flatMap((role) =>
      EXPRESSIONS.map((expression) => portraitUrl({ role, expression })),
    );
    for (const url of urls) expect(url).toMatch(/\.svg/);
    expect(new Set(urls).size).toBe(ROLE_IDS.length * EXPRESSIONS.length);
  });
});

describe('the portrait files', () => {
  it('are exactly what tools/portraits.ts draws, and nothing else', () => {
    const expected = ROLE_IDS.flatMap((role) =>
      EXPRESSIONS.map((expression) => portraitFileName(role, expression)),
    );
    expect(
      readdirSync(portraits)
        .filter((file) => file.endsWith('.svg'))
        .sort(),
    ).toEqual([...expected].sort());
    for (const role of ROLE_IDS) {
      for (const expression of EXPRESSIONS) {
        const file = path.join(portraits, portraitFileName(role, expression));
        expect(readFileSync(file, 'utf8'), `${file}: run npx tsx tools/portraits.ts`).toBe(
          portraitSvg(role, expression),
        );
      }
    }
  });

  it('are small, self-contained SVG with no script and nothing fetched from elsewhere', () => {
    for (const file of readdirSync(portraits)) {
      const text = readFileSync(path.join(portraits, file), 'utf8');
      expect(text.length).toBeLessThan(5000);
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 120 120"/);
      expect(text).not.toMatch(/<script|\bon\w+=|href=|url\((?!#)/i);
    }
  });
});

describe('the story checker on expressions', () => {
  it('warns about an unknown expression and one without a speaker, with file and line', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'check-'));
    writeFileSync(
      path.join(folder, 'main.ink'),
      [
        '"Fine." # speaker: Kara # expression: smug',
        '"Fine." # speaker: Jalen # expression: Wry',
        'The wind turns. # expression: worried',
        '-> END',
        '',
      ].join('\n'),
    );
    const report = checkStory(path.join(folder, 'main.ink'), {
      relativeTo: folder,
      playthroughs: 3,
    });
    const lines = report.findings.map(formatFinding);
    expect(lines).toEqual([
      'main.ink:1: warning: "# expression: smug": the portraits have no expression called "smug" (they have: calm, worried, determined, hopeful, wry)',
      'main.ink:3: warning: "# expression: worried" needs a "# speaker:" on the same line: an expression is the speaker\'s face',
    ]);
    expect(report.ok).toBe(true);
  });
});
