// Daily routines the sim tests share: meals and evenly spaced sugar rinses.
import { advance, applyIntervention, type Microbiome } from '../../src/sim';

/** Ordinary days: breakfast, lunch and dinner (08:00, 13:00, 19:00 of a day starting 07:00). */
export function mealDays(m: Microbiome, days: number): Microbiome {
  let s = m;
  for (let d = 0; d < days; d++) {
    let t = 0;
    for (const at of [60, 360, 720]) {
      s = advance(s, at - t);
      s = applyIntervention(s, 'meal', 1);
      t = at;
    }
    s = advance(s, 1440 - t);
  }
  return s;
}

/** `n` sugar rinses a day spread evenly over 16 waking hours (Head et al. 2021 design). */
export function pulseDays(m: Microbiome, n: number, days: number): Microbiome {
  let s = m;
  for (let d = 0; d < days; d++) {
    let t = 0;
    for (let k = 0; k < n; k++) {
      const at = Math.round(60 + (k * 960) / n);
      s = advance(s, at - t);
      s = applyIntervention(s, 'sugar_snack', 1);
      t = at;
    }
    s = advance(s, 1440 - t);
  }
  return s;
}
