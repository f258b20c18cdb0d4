// Claims vs state (issue #15, item 2): a line tagged `# when:` that the player sees while
// the simulation says otherwise fails the check, named by file and line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, formatFinding } from '../../tools/storyCheck';
import { parseClaim } from '../../tools/storyClaims';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/ink/claims/main.ink');

describe('the claims check', () => {
  it('reports a tagged line shown in a state that contradicts it, with file:line and both sides', () => {
    const report = checkStory(fixture, { relativeTo: root, budgetSeconds: 3600 });
    expect(report.ok).toBe(false);
    const errors = report.findings.filter((f) => f.severity === 'error').map(formatFinding);
    // Line 19 claims a sour mouth after either choice; sleep leaves it calm. Line 21's
    // first inline branch claims a calm mouth on the sour path. The gated lines (14, 15,
    // 18, and both branches of 20) are true wherever they are shown and are not reported.
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^tests\/fixtures\/ink\/claims\/main\.ink:19: the line "The plaque has turned sour\." claims "when: ph < 6", but the simulation said the wall \w+, pH (6|7)\.\d\d \(playing story, choices 2; \d+ of \d+ showings\)$/,
    );
    expect(errors[1]).toMatch(
      /^tests\/fixtures\/ink\/claims\/main\.ink:21: the line "Calm\." claims "when: ph >= 6", but the simulation said the wall \w+, pH 5\.\d\d \(playing story, choices 1; /,
    );
    expect(report.exploration?.claims.placesShown).toBe(6);
  });

  it('reads mural states, measures, "or", "not" and commas; rejects what it cannot read', () => {
    expect(parseClaim('acidic or anxious')).toEqual([
      [
        { not: false, kind: 'mural', state: 'acidic' },
        { not: false, kind: 'mural', state: 'anxious' },
      ],
    ]);
    expect(parseClaim('ph < 5.5, not Vibrant')).toEqual([
      [{ not: false, kind: 'measure', measure: 'ph', op: '<', value: 5.5 }],
      [{ not: true, kind: 'mural', state: 'vibrant' }],
    ]);
    expect(parseClaim('share K >= 0.03')).toEqual([
      [{ not: false, kind: 'measure', measure: 'K', op: '>=', value: 0.03 }],
    ]);
    expect(parseClaim('day >= 2, day < 2.5')).toEqual([
      [{ not: false, kind: 'measure', measure: 'day', op: '>=', value: 2 }],
      [{ not: false, kind: 'measure', measure: 'day', op: '<', value: 2.5 }],
    ]);
    expect(parseClaim('green')).toMatch(/"green" is neither a state of the wall/);
    expect(parseClaim('share Z > 0.1')).toMatch(/no such group/);
    expect(parseClaim('ph < 5,')).toMatch(/empty condition/);
  });

  it('reports a when: tag it cannot read as an error at its line', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'claims-'));
    const text = readFileSync(fixture, 'utf8')
      .replace('# when: ph >= 6, not acidic', '# when: green')
      .replace('was never eaten # when: ph >= 6}', 'was never eaten # when: sweet}');
    writeFileSync(path.join(folder, 'main.ink'), text);
    const report = checkStory(path.join(folder, 'main.ink'), {
      relativeTo: folder,
      budgetSeconds: 3600,
    });
    const found = report.findings.map(formatFinding);
    expect(found).toContain(
      'main.ink:16: "# when: green": "green" is neither a state of the wall (serene, vibrant, anxious, acidic, inflamed, scorched) nor a measure like "ph < 5.5", "health >= 0.7", "share K >= 0.03" or "day < 2.5"',
    );
    // In an inline branch the tag ends at the branch's end.
    expect(
      found.some((f) => f.startsWith('main.ink:20: "# when: sweet": "sweet" is neither')),
    ).toBe(true);
  });
});

describe('the calendar', () => {
  it('reports a line shown on the wrong day of the simulated clock, with the day and the hour', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'claims-day-'));
    // Both paths of the fixture end on day 1 before noon (10 or 600 minutes after 00:00).
    const text = readFileSync(fixture, 'utf8').replace(
      '-> END',
      'The lanterns are lit for the evening. # when: day >= 1.75, day < 2\n-> END',
    );
    writeFileSync(path.join(folder, 'main.ink'), text);
    const report = checkStory(path.join(folder, 'main.ink'), {
      relativeTo: folder,
      budgetSeconds: 3600,
    });
    const found = report.findings.map(formatFinding);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^main\.ink:22: the line "The lanterns are lit for the evening\." claims "when: day >= 1\.75, day < 2", but the simulation said the wall \w+, day 1\.\d\d \(day 1, \d\d:\d0\) /,
      ),
    );
  });

  // Each chapter of the acts opens on its day of story/README.md's calendar, checked by the
  // story check (story.test.ts) against the simulation's clock.
  const acts = ['festival', 'outbreak', 'gel', 'ritual', 'aftermath', 'classroom'];
  it.each(acts)('acts/%s.ink dates each chapter heading with a day claim', (act) => {
    const text = readFileSync(path.join(root, 'story/acts', `${act}.ink`), 'utf8');
    const headings = text.split('\n').filter((line) => /#\s*chapter\s*:/i.test(line));
    expect(headings.length).toBeGreaterThan(0);
    for (const line of headings) expect(line).toMatch(/#\s*when\s*:\s*day\b/i);
  });
});

describe('the real story', () => {
  // The check itself runs in story.test.ts (no finding may remain); here, that every act
  // gives it something to check: a tagged claim, or the wall described whatever its state.
  const source = (file: string) => readFileSync(path.join(root, 'story', file), 'utf8');
  it.each([
    'acts/festival.ink',
    'acts/outbreak.ink',
    'acts/gel.ink',
    'acts/ritual.ink',
    'acts/aftermath.ink',
    'acts/endings.ink',
    'acts/classroom.ink',
  ])('%s describes the mouth or the wall in a checked line', (file) => {
    expect(source(file)).toMatch(/#\s*when\s*:|-> mural_beat\.always ->/i);
  });

  it('tags every wording of the wall in mural_beat with its state', () => {
    const beat = source('acts/outbreak.ink').split('= always')[1] ?? '';
    for (const state of ['serene', 'vibrant', 'anxious', 'acidic', 'inflamed', 'scorched']) {
      expect(beat).toMatch(new RegExp(`- "${state}":\\n[^\\n]*# when: ${state}`));
    }
  });
});
