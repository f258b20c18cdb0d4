// The room's words for teams, voters and votes, in one place so the projector, the phones and
// the facilitator's controls say the same thing the same way.
import type { Team, Voters } from '../../room/protocol';
import { ROLES } from '../../session/roles';

/** "Team Kara": a team is named for the role it plays. */
export function teamName(team: Team): string {
  return `Team ${ROLES[team].name.split(' ')[0]}`;
}

/** Who decides a choice, as the projector labels it. */
export function votersWords(voters: Voters): string {
  return voters === 'everyone' ? 'Everyone votes' : `${teamName(voters)} votes`;
}

/** "1 vote", "3 votes". */
export function votesWords(count: number): string {
  return `${count} ${count === 1 ? 'vote' : 'votes'}`;
}

/** "12 of 25 have voted". */
export function castWords(cast: number, eligible: number): string {
  return `${cast} of ${eligible} ${eligible === 1 ? 'has' : 'have'} voted`;
}
