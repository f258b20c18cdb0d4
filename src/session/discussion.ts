// The workshop's discussion holds: a passage whose lines carry `# discuss:` questions holds
// a group's play (when its setup asks for discussions) until the facilitator has gone
// through them. Pure rules, kept apart from the session that applies them.
import type { Passage } from '../narrative/narrative';
import type { Ensemble } from './ensemble';
import type { Discussion } from './gameState';

/** The hold a newly shown passage puts on play: its questions, in order, or none. */
export function discussionFor(passage: Passage, ensemble: Ensemble | null): Discussion | null {
  if (!ensemble?.discussion) return null;
  const questions = passage.lines.flatMap((line) =>
    line.cues.flatMap((cue) => (cue.kind === 'discuss' ? [cue.value] : [])),
  );
  return questions.length > 0 ? { questions, current: 0 } : null;
}

/** The facilitator moves on: the discussion at its next question, or null after the last. */
export function nextQuestion(discussion: Discussion): Discussion | null {
  return discussion.current + 1 < discussion.questions.length
    ? { ...discussion, current: discussion.current + 1 }
    : null;
}
