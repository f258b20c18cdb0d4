// The group's memory (issue #15 item 3): every shared choice is remembered by a label or a
// VAR and called back later; the checker lists them and fails, with file:line, on one that
// is not. The debrief lists the decisions from the saved story state.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/ink/compileInk';
import { decisionsMade, GROUP_DECISIONS } from '../../src/session/groupDecisions';
import { callbackFindings, debriefPlaces, sharedChoices } from '../../tools/storyCallbacks';
import { checkStory, formatFinding } from '../../tools/storyCheck';
import { outlineStory } from '../../tools/storyOutline';

const root = path.resolve(import.meta.dirname, '../..');

describe('shared choices and their callbacks', () => {
  it('reports a shared choice never called back, and one without a label, by file:line', () => {
    const report = checkStory(path.join(root, 'tests/fixtures/ink/callbacks/main.ink'), {
      relativeTo: root,
      playthroughs: 2,
      budgetSeconds: 3600,
    });
    const errors = report.findings.filter((f) => f.severity === 'error').map(formatFinding);
    expect(errors).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/ink\/callbacks\/main\.ink:18: shared choice in feast is never called back: no knot after feast reads VAR bowl/,
      ),
      expect.stringMatching(
        /^tests\/fixtures\/ink\/callbacks\/main\.ink:33: shared choice in night has no label/,
      ),
    ]);
    // The role's choice is Kara's, not the group's; the remembered supper is called back.
    const listed = report.sharedChoices ?? [];
    expect(listed.map((c) => `${c.place}:${c.line}`)).toEqual(['feast:11', 'feast:18', 'night:33']);
    expect(listed[0]?.callbacks.map((c) => `${c.file}:${c.line}`)).toEqual([
      'tests/fixtures/ink/callbacks/main.ink:32',
    ]);
  }, 60_000);

  it('finds every shared choice of the real story remembered and called back', () => {
    const { files } = compileInk(path.join(root, 'story/main.ink'));
    const outline = outlineStory(files, root);
    const choices = sharedChoices(outline.sources, debriefPlaces(root));
    // The full session's eleven and the classroom cut's six.
    expect(choices).toHaveLength(17);
    expect(callbackFindings(choices, outline.sources).map(formatFinding)).toEqual([]);
    for (const choice of choices) {
      expect(choice.memory?.kind, `${choice.file}:${choice.line}`).toBe('var');
      // A callback in the story outside the knot that asks it, and one in the debrief.
      expect(choice.callbacks.some((c) => c.knot !== 'debrief')).toBe(true);
      expect(choice.callbacks.some((c) => c.knot === 'debrief')).toBe(true);
    }
  }, 60_000);

  it('lists what the group decided from a saved story state, in the order it came up', () => {
    const state = JSON.stringify({
      variablesState: { role: '^ensemble', sensor_vote: '^asked', festival_lane: '^water' },
    });
    expect(decisionsMade(state)).toEqual([
      {
        question: 'The Lane of Honeyed Things',
        answer: 'Water from the mist fountains; the sweets saved for later',
      },
      {
        question: 'The implant feeds in the outbreak',
        answer: 'Stories asked for; readings only from those who offered them',
      },
    ]);
    expect(decisionsMade('not json')).toEqual([]);
    expect(new Set(GROUP_DECISIONS.map((d) => d.variable)).size).toBe(GROUP_DECISIONS.length);
  });
});
