// The choices with their live tally, as the projector shows them: each choice's text, a bar
// and the count in words (who votes is said once, in the vote's heading). The bar is
// decoration; the count is the text.
import type { RoomView } from '../../room/protocol';
import { element } from '../dom';
import { votesWords } from './roomWords';

export function renderTally(list: HTMLElement, view: RoomView, tally: readonly number[]): void {
  const total = tally.reduce((sum, count) => sum + count, 0);
  const most = Math.max(0, ...tally);
  list.replaceChildren(
    ...view.choices.map((choice) => {
      const count = tally[choice.choice] ?? 0;
      const bar = element('span', {
        className: 'tally-bar',
        attributes: { 'aria-hidden': 'true' },
      });
      bar.style.setProperty('--share', String(total === 0 ? 0 : count / total));
      const item = element('li', { className: 'tally-choice' }, [
        element('span', { className: 'tally-number', text: `${choice.choice + 1}` }),
        element('span', { className: 'tally-text', text: choice.text }),
        bar,
        element('span', { className: 'tally-count', text: votesWords(count) }),
      ]);
      item.dataset.choice = String(choice.choice);
      item.dataset.votes = String(count);
      if (count > 0 && count === most) item.classList.add('leading');
      return item;
    }),
  );
}
