// The facilitator's notes: every act's discussion questions with the model answers, from
// docs/WORKSHOP.md itself (imported as text at build time and read by workshopNotes), in a
// disclosure closed by default, so the class does not read the answers off the projector.
import workshopGuide from '../../../docs/WORKSHOP.md?raw';
import { element } from '../dom';
import { workshopNotes } from './workshopNotes';

export function renderNotes(markdown: string = workshopGuide): HTMLElement {
  const acts = workshopNotes(markdown);
  return element('details', { className: 'facilitator-notes' }, [
    element('summary', { text: 'Notes: discussion questions and model answers' }),
    ...acts.map((act) =>
      element('section', { className: 'notes-act' }, [
        element('h3', { text: act.title }),
        element(
          'ul',
          {},
          act.items.map((item) =>
            element('li', {}, [
              element('p', { className: 'notes-question', text: item.question }),
              ...(item.answer
                ? [
                    element('p', {
                      className: 'notes-answer',
                      text: `Model answer: ${item.answer}`,
                    }),
                  ]
                : []),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}
