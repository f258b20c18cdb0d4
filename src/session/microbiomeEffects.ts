// Binds the story's EXTERNAL contract to the shared microbiome simulation. The holder
// owns the current microbiome; each side effect replaces it with the next state.
import type { StoryEffects } from '../narrative/storyEffects';
import {
  advance,
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
} from '../sim';

export interface MicrobiomeHolder {
  microbiome: Microbiome;
}

export function microbiomeEffects(
  holder: MicrobiomeHolder,
  onApply: (intervention: string, dose: number, minute: number) => void = () => {},
): StoryEffects {
  return {
    apply: (intervention, dose) => {
      holder.microbiome = applyIntervention(holder.microbiome, intervention, dose);
      onApply(intervention, dose, holder.microbiome.minute);
    },
    advance: (minutes) => {
      holder.microbiome = advance(holder.microbiome, minutes);
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
