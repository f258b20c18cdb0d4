// The play screen's header: who is playing, and the facilitator's Pause and Debrief, which
// only a workshop has.
import { castWords } from '../session/ensemble';
import type { GameState } from '../session/gameState';
import { ROLES } from '../session/roles';
import { byId } from './dom';

export function renderPlayHeader(state: GameState): void {
  const workshop = state.mode === 'ensemble';
  byId('pause-button').hidden = !workshop;
  byId('debrief-button').hidden = !workshop;
  const role = state.role === 'ensemble' ? null : ROLES[state.role];
  const badge = byId('role-badge');
  badge.textContent = role
    ? `${role.name}, ${role.calling}`
    : castWords(state.role, state.ensemble);
  badge.style.setProperty('--role-colour', role?.colour ?? 'var(--text)');
}
