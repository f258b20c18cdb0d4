// Writers' hot reload (main.ts): a saved .ink file replays the game on the new story; a save
// that changes nothing replays nothing (it would clear the notice the real change left), and
// of two saves in flight only the later one replays.
import { describe, expect, it } from 'vitest';
import type { StoryModule } from '../../../src/session/openings';
import { storyHotSwap } from '../../../src/ui/storyLoading';

const module = (version: string): StoryModule => ({
  version,
  openings: {},
  json: async () => '{}',
});

/** A StoryLoading stand-in whose swaps finish when the test says. */
function fakeStory(version: string) {
  const pending: Array<() => void> = [];
  const story = {
    version,
    swaps: [] as string[],
    swap(next: StoryModule) {
      story.version = next.version;
      story.swaps.push(next.version);
      return new Promise<never>((resolve) => pending.push(() => resolve(undefined as never)));
    },
  };
  return { story, finish: (k: number) => pending[k]?.() };
}

describe('storyHotSwap', () => {
  it('swaps in a changed story and replays the game on it', async () => {
    const { story, finish } = fakeStory('a');
    let replays = 0;
    const swap = storyHotSwap(story, () => (replays += 1));
    const done = swap(module('b'));
    finish(0);
    await done;
    expect(story.swaps).toEqual(['b']);
    expect(replays).toBe(1);
  });

  it('does nothing for a save that leaves the story as it is, even while its swap loads', async () => {
    const { story, finish } = fakeStory('a');
    let replays = 0;
    const swap = storyHotSwap(story, () => (replays += 1));
    await swap(module('a'));
    expect(story.swaps).toEqual([]);
    // The editor writes the changed file twice: the second write is the same story.
    const first = swap(module('b'));
    const second = swap(module('b'));
    finish(0);
    await Promise.all([first, second]);
    expect(story.swaps).toEqual(['b']);
    expect(replays).toBe(1);
  });

  it('replays only the later of two changes in flight', async () => {
    const { story, finish } = fakeStory('a');
    const replayed: string[] = [];
    const swap = storyHotSwap(story, () => replayed.push(story.version));
    const first = swap(module('b'));
    const second = swap(module('c'));
    finish(1);
    finish(0);
    await Promise.all([first, second]);
    expect(replayed).toEqual(['c']);
  });
});
