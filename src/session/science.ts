// The science the shell may show: what the mural looks like and says, the bacterial groups
// with their names and colours, and the endings. The shell (main.ts, ui/, scenes/) reaches the
// simulation only through the session, and this is the one door for what it reads there; the
// import-graph rule (.dependency-cruiser.cjs, shell-reaches-sim-through-session) refuses any
// other way in, type imports included.
export {
  // The starting community, whose mural the title shows before any game exists.
  createMicrobiome,
  // The endings' names, which the ending screen puts into words.
  type EndingName,
  // The mural: its states, the descriptor the painter eases towards, the words a screen
  // reader hears, and the example histories of the teacher's gallery.
  exampleMicrobiome,
  GROUP_COLOURS,
  // The groups of the community, as the debrief's chart and the mural name them.
  GROUP_INFO,
  GROUPS,
  type GroupName,
  MURAL_DESCRIPTIONS,
  MURAL_EXAMPLES,
  type MuralDescriptor,
  type MuralStateName,
  muralState,
} from '../sim';
// The seeded stream the painter scatters its specks with, so the wall looks the same each time.
export { randomStream } from '../sim/random';
// What each group does (role, food, pH), as the mural's key and identity cards say it.
export { GROUP_ROLES, type GroupRole } from './groupRoles';
