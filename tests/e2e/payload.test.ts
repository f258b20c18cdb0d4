// The hosted build's weight (issue #13: dist/ and the offline precache at most 2.5 MB), read
// from the build the browser tests already made: bytes counted, nothing timed. Audio ships
// compressed, as Ogg Vorbis with an MP3 fallback, and the service worker keeps both, since
// it cannot know beforehand which one the device will play offline.
import { describe, expect, inject, it } from 'vitest';
import { measurePayload, PAYLOAD_BUDGET_BYTES, precachedUrls } from '../../tools/payload';

describe('the hosted build', () => {
  const dist = inject('gameDist');

  it('weighs at most 2.5 MB without source maps, and so does the offline precache', () => {
    const payload = measurePayload(dist);
    expect(payload.totalBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(payload.precacheBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
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
