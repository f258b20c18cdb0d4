// The debrief: what a group looks back on after the ending, or at any moment from the
// facilitator's menu. The simulation's course with every choice marked, the final mural,
// why this ending happened, the science notes met and questions to talk about; the
// session can leave as a CSV (one row per choice), as JSON and as a printed handout.
import {
  choiceLogCsv,
  endingNow,
  notesMet,
  phCourse,
  REFLECTION_QUESTIONS,
  timeline,
  turningPoints,
} from '../session/debrief';
import { chooserWords } from '../session/ensemble';
import type { GameState } from '../session/gameState';
import { decisionsMade } from '../session/groupDecisions';
import { makeSave, writeSave } from '../session/saveFile';
import { csvKeyButton, csvKeyDetails } from './csvKey';
import { actionButton as button, element } from './dom';
import { ENDING_WORDS } from './endingWords';
import { renderPlayersWall } from './playersWall';
import { downloadText, fileStamp } from './saveControls';
import { renderTimelineChart } from './timelineChart';
import { renderWorksheet } from './worksheet';

export interface DebriefActions {
  /** Back to the story where it stands (before the ending) or to its ending. */
  back(): void;
  playAgain(): void;
}

export interface DebriefParts {
  /** The final mural as a picture: the tapestry of every chapter, when available. */
  mural: HTMLElement | null;
  /** The mural in words, as the play screen says it. */
  muralWords: string;
}

/** Fills the debrief screen for a game and returns the element to focus first. */
export function renderDebrief(
  screen: HTMLElement,
  game: GameState,
  parts: DebriefParts,
  actions: DebriefActions,
): HTMLElement {
  const ended = game.ended;
  const ensemble = game.ensemble ?? null;
  // The ending the session judged when the story ended; before that, where it is heading.
  const verdict = game.ending ?? endingNow(game.microbiome);
  const ending = ENDING_WORDS[verdict.name];
  const chooserName = (chooser: Parameters<typeof chooserWords>[0]) =>
    chooser === 'group' && !ensemble ? 'You' : chooserWords(chooser, ensemble);
  const heading = element('h1', {
    text: ended ? `Debrief: ${ending.title}` : 'Debrief so far',
    attributes: { id: 'debrief-title', tabindex: '-1' },
  });
  const { facts, questions } = notesMet(game.transcript);
  const points = turningPoints(game.log, 3, ensemble, verdict.name);

  const sections: HTMLElement[] = [
    heading,
    element('p', {
      className: 'debrief-lead',
      text: ended
        ? ending.summary
        : `The story is still running. If it ended now, the simulation would call it "${ending.title}": ${ending.summary}`,
    }),
    section('The mural, chapter by chapter', [
      ...(parts.mural ? [parts.mural] : []),
      element('p', { className: 'mural-words', text: parts.muralWords }),
      ...[renderPlayersWall(game)].filter((wall) => wall !== null),
    ]),
    section('What the microbiome did', [
      game.log.length > 0
        ? renderTimelineChart(timeline(game.log), phCourse(game.log), { chooserName })
        : element('p', { text: 'No choices have been made yet.' }),
    ]),
    section(ended ? 'Why this ending' : 'Where it is heading', [
      element('p', { text: verdict.reason }),
      element('p', {
        text:
          points.length > 0
            ? 'These choices moved the community most:'
            : 'No choice has moved the community yet.',
      }),
      ...(points.length > 0
        ? [
            element(
              'ol',
              { className: 'turning-points' },
              points.map((point) => element('li', { text: point.words })),
            ),
          ]
        : []),
    ]),
  ];
  // The story's own memory of the shared choices (story/main.ink's VARs), in play order.
  const decided = decisionsMade(game.story);
  if (decided.length > 0) {
    sections.push(
      section(ensemble ? 'What the group decided' : 'What you decided for the hub', [
        element(
          'dl',
          { className: 'debrief-decisions' },
          decided.flatMap(({ question, answer }) => [
            element('dt', { text: question }),
            element('dd', { text: answer }),
          ]),
        ),
      ]),
    );
  }
  if (facts.length > 0) {
    sections.push(
      section('Science notes you met', [
        element(
          'ul',
          { className: 'debrief-facts' },
          facts.map((fact) => element('li', { text: fact })),
        ),
      ]),
    );
  }
  sections.push(
    section('Questions to talk about', [
      element(
        'ol',
        { className: 'debrief-questions' },
        [...questions, ...REFLECTION_QUESTIONS].map((question) =>
          element('li', { text: question }),
        ),
      ),
    ]),
    renderWorksheet(game),
    exportTools(game),
    navigation(ended, actions),
  );
  screen.replaceChildren(...sections);
  return heading;
}

function section(title: string, children: HTMLElement[]): HTMLElement {
  return element('section', { className: 'debrief-section' }, [
    element('h2', { text: title }),
    ...children,
  ]);
}

function exportTools(game: GameState): HTMLElement {
  return element('section', { className: 'debrief-section debrief-export' }, [
    element('h2', { text: 'Take it with you' }),
    element('p', {
      text: 'The CSV has one row per choice (time, role, player, choice, interventions, pH, health, every group’s share and the group’s name) for a spreadsheet; the column key says what each column means. The JSON is the whole session, and loads again as a save file.',
    }),
    csvKeyDetails(),
    element('p', { className: 'debrief-buttons' }, [
      button('Download choices (CSV)', () =>
        downloadText(
          `dental-biocalypse-choices-${fileStamp(new Date())}.csv`,
          choiceLogCsv(game.log, game.ensemble ?? null),
          'text/csv',
        ),
      ),
      csvKeyButton(),
      button('Download session (JSON)', () =>
        downloadText(
          `dental-biocalypse-session-${fileStamp(new Date())}.json`,
          writeSave(makeSave(game, new Date())),
        ),
      ),
      button('Print a handout', () => window.print()),
    ]),
  ]);
}

function navigation(ended: boolean, actions: DebriefActions): HTMLElement {
  const back = element('button', {
    className: 'tool-button',
    text: ended ? 'Back to the ending' : 'Back to the story',
    attributes: { type: 'button' },
  });
  back.addEventListener('click', () => actions.back());
  const again = element('button', {
    className: 'tool-button',
    text: 'Play again',
    attributes: { type: 'button' },
  });
  again.addEventListener('click', () => actions.playAgain());
  return element('p', { className: 'debrief-nav' }, ended ? [back, again] : [back]);
}
