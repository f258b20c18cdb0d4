// The hosted build's weight (issue #13: dist/ and the offline precache at most 2.5 MB), read
// from the build the browser tests already made: bytes counted, nothing timed. Audio ships
// compressed, as Ogg Vorbis with an MP3 fallback, and the service worker keeps both, since
// it cannot know beforehand which one the device will play offline.
import { describe, expect, inject, it } from 'vitest';
import {
  measurePayload,
  PAYLOAD_BUDGET_BYTES,
  precachedUrls,
  ROOM_BUDGET_BYTES,
} from '../../tools/payload';

describe('the hosted build', () => {
  const dist = inject('gameDist');

  // Everything a host serves counts, room mode's page and chunks with the game's; the
  // offline precache is a part of it, checked on its own so a change to the worker's list
  // is weighed too.
  it('weighs at most the budget without source maps, room mode included, and so does the offline precache', () => {
    const payload = measurePayload(dist);
    expect(payload.totalBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(payload.precacheBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(payload.roomBytes).toBeGreaterThan(0);
    expect(payload.roomBytes).toBeLessThanOrEqual(ROOM_BUDGET_BYTES);
  });

  it('precaches none of room mode, which needs the server anyway', () => {
    expect(precachedUrls(dist).filter((url) => /room|compareGroups/.test(url))).toEqual([]);
  });

  it('ships its sounds compressed: an Ogg and an MP3 of each, no WAV, both precached', () => {
    const { audioBytes } = measurePayload(dist);
    expect(Object.keys(audioBytes).sort()).toEqual(['mp3', 'ogg']);
    const urls = precachedUrls(dist);
    const sounds = (format: string) =>
      urls
        .filter((url) => url.endsWith(`.${format}`))
        .map((url) => url.replace(/^.*\/|-[\w-]+\.\w+$/g, ''))
        .sort();
    expect(sounds('ogg').length).toBeGreaterThan(0);
    expect(sounds('mp3')).toEqual(sounds('ogg'));
  });
});
