// @vitest-environment happy-dom
// What follows a game shown before its session exists (main.ts): the passage's task does only
// that, and everything else follows after a paint, in the order it happened, none lost.
import { describe, expect, it, vi } from 'vitest';
import { afterPaint, afterPaintFrom } from '../../../src/ui/storyLoading';

describe('afterPaintFrom', () => {
  it('follows at once until an event asks to wait; then that and every later one after a paint, in order', async () => {
    const followed: string[] = [];
    const follow = afterPaintFrom<string>(
      (event) => followed.push(event),
      (event) => event.startsWith('opening'),
    );
    follow('title');
    expect(followed).toEqual(['title']);
    follow('opening');
    follow('choice');
    // Nothing in the task that showed the opening.
    expect(followed).toEqual(['title']);
    await afterPaint();
    expect(followed).toEqual(['title', 'opening', 'choice']);
    follow('next choice');
    expect(followed).toEqual(['title', 'opening', 'choice', 'next choice']);
  });

  it('follows the events after one that throws, and still throws it', async () => {
    const followed: string[] = [];
    // The error is thrown again from a microtask of its own: catch that microtask here.
    const rethrown: Array<() => void> = [];
    const microtasks = vi
      .spyOn(globalThis, 'queueMicrotask')
      .mockImplementation((callback) => void rethrown.push(callback));
    try {
      const follow = afterPaintFrom<string>(
        (event) => {
          if (event === 'broken') throw new Error('the stage is not ready');
          followed.push(event);
        },
        () => true,
      );
      follow('broken');
      follow('choice');
      await afterPaint();
    } finally {
      microtasks.mockRestore();
    }
    expect(followed).toEqual(['choice']);
    expect(rethrown).toHaveLength(1);
    expect(() => rethrown[0]?.()).toThrow('the stage is not ready');
  });
});
