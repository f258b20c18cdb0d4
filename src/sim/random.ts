// mulberry32: the whole generator state is one 32-bit integer, so it lives inside the plain-JSON
// microbiome state and a snapshot resumes the exact same stream.

export function seedState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** Returns [uniform value in [0, 1), next generator state]. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/**
 * The same generator as a stateful stream, for code outside the simulation state that
 * still wants repeatable randomness (mural layout, seeded story exploration).
 */
export function randomStream(seed: number): () => number {
  let state = seedState(seed);
  return () => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
}
