// What the title does not need, loaded after its first paint (`loadRuntime` in
// storyLoading.ts, issue #14): the story runtime (inkjs, through the session) and reading
// saves back (zod, through the save schemas), with the save dialogs built on them. A game is
// shown from its `GameState` before any of this arrives (a role's opening, a save of this
// story); its session, the autosave, Continue and the saved-games dialog wait for it.

export { rewind } from '../session/rewind';
export { readSave, restoreSave } from '../session/saveGame';
export { hasAnySave, keepSave, slotStatus, storeSave } from '../session/saveSlots';
export { Session } from '../session/session';
export { confirmDeleteAll } from './deleteSaves';
export { mountSaveSlots } from './saveSlotsDialog';
