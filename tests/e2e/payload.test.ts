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

  // The budget is the game's: room mode's page and its Colyseus chunk (0.24 MB) are served
  // only with the room server, never precached, and weighed against a budget of their own.
  // The game itself is 2.51 MB, over issue #13's 2.5 MB (left open): PAYLOAD_BUDGET_BYTES
  // is a guard against growth until then.
  it('weighs at most the budget without source maps and room mode, and so does the offline precache', () => {
    const payload = measurePayload(dist);
    expect(payload.totalBytes - payload.roomBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
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
