// Binds the story's EXTERNAL contract to the shared microbiome simulation. The holder
// owns the current microbiome; each side effect replaces it with the next state.
import type { StoryEffects } from '../narrative/storyEffects';
import {
  advance,
  advanceTraced,
  applyIntervention,
  classifyEnding,
  evenness,
  GROUPS,
  type GroupName,
  health,
  type Microbiome,
  muralState,
  ph,
  SimInputError,
  shares,
  type TraceSample,
} from '../sim';

export interface MicrobiomeHolder {
  microbiome: Microbiome;
}

/**
 * `onApply` hears each intervention; `onAdvance`, if given, each span of time with the pH
 * and biomass at every simulated minute of it (a traced advance gives the very same state
 * as a plain one; it costs about four times as much, so only a listener pays for it).
 */
export function microbiomeEffects(
  holder: MicrobiomeHolder,
  onApply: (intervention: string, dose: number, minute: number) => void = () => {},
  onAdvance?: (minutes: number, samples: TraceSample[]) => void,
): StoryEffects {
  return {
    apply: (intervention, dose) => {
      holder.microbiome = applyIntervention(holder.microbiome, intervention, dose);
      onApply(intervention, dose, holder.microbiome.minute);
    },
    advance: (minutes) => {
      if (!onAdvance) {
        holder.microbiome = advance(holder.microbiome, minutes);
        return;
      }
      const traced = advanceTraced(holder.microbiome, minutes, 1);
      holder.microbiome = traced.microbiome;
      onAdvance(minutes, traced.samples);
    },
    ph: () => ph(holder.microbiome),
    health: () => health(holder.microbiome),
    diversity: () => evenness(holder.microbiome),
    share: (group) => {
      if (!(GROUPS as readonly string[]).includes(group)) {
        throw new SimInputError(
          `share("${group}"): unknown group; use one of ${GROUPS.join(', ')}`,
        );
      }
      return shares(holder.microbiome)[group as GroupName];
    },
    mural: () => muralState(holder.microbiome).state,
    ending: () => classifyEnding(holder.microbiome),
  };
}
