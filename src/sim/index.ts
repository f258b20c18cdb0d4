// Public surface of the oral-microbiome simulation. Pure TypeScript: no DOM, no Node APIs.
export {
  classifyEnding,
  ENDING_THRESHOLDS,
  type EndingName,
  type EndingVerdict,
  judgeEnding,
  type WarningSign,
} from './ending';
export { SimInputError, SimStateError } from './errors';
export { GROUP_INFO, GROUPS, type GroupName } from './groups';
export { applyIntervention, INTERVENTIONS, type InterventionName } from './interventions';
export {
  evenness,
  type Heading,
  heading,
  health,
  minutesBelowCriticalPh,
  minutesBelowSafePh,
  ph,
  recentRinses,
  shannon,
  shares,
} from './metrics';
export {
  advance,
  advanceTraced,
  createMicrobiome,
  MAX_ADVANCE_MINUTES,
  type TraceSample,
} from './microbiome';
export {
  GROUP_COLOURS,
  MURAL_DESCRIPTIONS,
  MURAL_STATE_NAMES,
  type MuralDescriptor,
  type MuralStateName,
  muralState,
} from './mural';
export { exampleMicrobiome, MURAL_EXAMPLES, type MuralExample } from './muralExamples';
export {
  checkMicrobiome,
  type Limits,
  MICROBIOME_LIMITS,
  type Microbiome,
  type Saliva,
} from './state';
