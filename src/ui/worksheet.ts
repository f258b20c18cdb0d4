// The printed worksheet (issue #13, item 6): what only paper needs from the debrief. The
// screen already shows the chart, the ending and why; printed, the debrief also gets the
// choice log (who chose what, the acid dip it brought, where pH and health stood after it) and three questions
// with ruled space to answer, and drops its buttons (print.css). Hidden on screen, where
// the same log is the chart's markers and the questions are listed to talk about.
import { REFLECTION_QUESTIONS } from '../session/debrief';
import { type Chooser, chooserWords } from '../session/ensemble';
import type { ChoiceRecord, GameState } from '../session/gameState';
import { element } from './dom';
import './print.css';

/** Ruled lines under each question: room for two or three sentences in handwriting (four
 * would push a long game's worksheet, about 30 choices, onto a third page). */
const ANSWER_LINES = 3;

/** The lowest plaque pH while the choice played out (its acid dip), when the save has it. */
function lowestPh(record: ChoiceRecord): string {
  const dips = (record.trace ?? []).map(([, ph]) => ph);
  return dips.length > 0 ? Math.min(...dips).toFixed(1) : '';
}

export function renderWorksheet(game: GameState): HTMLElement {
  const ensemble = game.ensemble ?? null;
  const who = (chooser: Chooser) =>
    chooser === 'group' && !ensemble ? 'You' : chooserWords(chooser, ensemble);
  const rows = game.log.map((record) =>
    element('tr', {}, [
      element('td', { text: String(record.turn) }),
      element('td', { text: who(record.role) }),
      element('td', { text: record.text }),
      element('td', { text: lowestPh(record) }),
      element('td', { text: record.ph.toFixed(1) }),
      element('td', { text: `${Math.round(record.health * 100)}%` }),
    ]),
  );
  const log =
    rows.length > 0
      ? element('table', { className: 'worksheet-log' }, [
          element('thead', {}, [
            element(
              'tr',
              {},
              ['#', 'Who', 'Choice', 'Lowest pH', 'pH after', 'Health after'].map((heading) =>
                element('th', { text: heading, attributes: { scope: 'col' } }),
              ),
            ),
          ]),
          element('tbody', {}, rows),
        ])
      : element('p', { text: 'No choices were made.' });
  const questions = element(
    'ol',
    { className: 'worksheet-questions' },
    REFLECTION_QUESTIONS.map((question) =>
      element('li', {}, [
        element('p', { text: question }),
        element(
          'div',
          { className: 'answer-lines' },
          Array.from({ length: ANSWER_LINES }, () => element('span')),
        ),
      ]),
    ),
  );
  return element('section', { className: 'worksheet', attributes: { 'aria-hidden': 'true' } }, [
    element('p', {
      className: 'worksheet-names',
      text: 'Names: ______________________________   Class: ________   Date: ____________',
    }),
    element('h2', { text: 'The choices, in order' }),
    log,
    element('h2', { text: 'Three questions' }),
    questions,
  ]);
}
