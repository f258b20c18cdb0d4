// Where advance() resumes from. The step loop takes steps of up to 10 minutes whose lengths
// depend on the state, and every 10-minute mark of the clock ends a step; an advance that ends
// between two marks has to cut a step there, and two shorter steps never give quite the same
// floats as one (shares ~2e-4 apart after three snacking days in 1- or 7-minute calls). So a
// state that ends between marks remembers the state at the last mark (or intervention) it
// passed, and the next advance simulates again from there: however a caller splits time into
// calls, the result is bit-identical to one call. A digest of the state the last mark led
// to guards against a caller that changed the state in between (a test's hand-set group):
// then the last mark no longer matches, and the state is advanced from where it stands.
import { N_GROUPS } from './chemistry';
import { PACKED, pack } from './packedState';
import type { Microbiome } from './state';

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Two 32-bit FNV-1a-style lanes over the words of a packed state. */
let h1 = 0;
let h2 = 0;

function mix(x: number): void {
  bits[0] = x;
  const lo = words[0] as number;
  const hi = words[1] as number;
  h1 = Math.imul(h1 ^ lo, 0x01000193);
  h1 = Math.imul(h1 ^ hi, 0x01000193);
  h2 = Math.imul(h2 ^ hi, 0x5bd1e995);
  h2 = Math.imul(h2 ^ lo, 0x5bd1e995) ^ (h2 >>> 15);
}

function mixAll(a: Float64Array): void {
  for (let i = 0; i < a.length; i++) mix(a[i] as number);
}

/**
 * A 53-bit digest of every number of the state but `carry` (a fraction of a minute not yet
 * simulated, which the last mark does not depend on) and the last mark itself.
 */
export function digest(m: Microbiome): number {
  pack(m);
  h1 = 0x811c9dc5;
  h2 = 0x2545f491;
  mixAll(PACKED.scalars);
  mixAll(PACKED.groups);
  mixAll(PACKED.lowPh);
  mixAll(PACKED.acidMinutes);
  mixAll(PACKED.hourlyAcidLovers);
  mixAll(PACKED.hourlyInflammation);
  for (let i = 0; i < N_GROUPS; i++) mix(PACKED.jitter[i] as number);
  mix(m.sensor);
  mix(m.hourlyAcidLovers.length);
  for (const r of m.rinses) {
    mix(r.minute);
    mix(r.dose);
  }
  return (h1 >>> 0) * 2 ** 21 + (h2 >>> 11);
}
