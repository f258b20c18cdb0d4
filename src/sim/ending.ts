import { evenness, health, shares } from './metrics';
import type { Microbiome } from './microbiome';

export type EndingName = 'flourishing' | 'fragile' | 'acid_takeover' | 'inflamed' | 'scorched';

export const ENDING_THRESHOLDS = {
  scorchedEvenness: 0.3,
  scorchedWashout: 0.2,
  acidShare: 0.3,
  inflammation: 0.5,
  flourishingHealth: 0.75,
} as const;

/**
 * The first rule that matches wins (brief section B), most drastic first so that a mouth
 * sterilised by antiseptic is not mistaken for a healthy one:
 * 1. scorched: bacterial evenness < 0.3 while antiseptic use is still remembered (washout > 0.2);
 * 2. acid_takeover: S. mutans + lactobacilli above 30% of biomass;
 * 3. inflamed: gum inflammation above 0.5;
 * 4. flourishing: health above 0.75;
 * 5. otherwise fragile.
 */
export function classifyEnding(m: Microbiome): EndingName {
  const t = ENDING_THRESHOLDS;
  if (m.washout > t.scorchedWashout && evenness(m) < t.scorchedEvenness) return 'scorched';
  const s = shares(m);
  if (s.M + s.L > t.acidShare) return 'acid_takeover';
  if (m.inflammation > t.inflammation) return 'inflamed';
  if (health(m) > t.flourishingHealth) return 'flourishing';
  return 'fragile';
}
