// @vitest-environment happy-dom
// The debrief's timeline chart: one marker per choice, each naming its chooser and choice
// as text, a legend for who chose, and a caption that says the course in words.
import { describe, expect, it } from 'vitest';
import type { TimelinePoint } from '../../../src/session/debrief';
import { renderTimelineChart } from '../../../src/ui/timelineChart';

const shares = (acid: number) => ({
  S: 0.5 - acid / 2,
  A: 0.3,
  V: 0.2 - acid / 2,
  M: acid / 2,
  L: acid / 2,
  P: 0,
});

const POINTS = [
  { turn: 0, minute: 0, ph: 7, health: 0.9, shares: shares(0.1) },
  {
    turn: 1,
    minute: 30,
    ph: 5.2,
    health: 0.6,
    shares: shares(0.4),
    chooser: 'torus',
    text: 'Share the <b>gel</b>',
  },
  {
    turn: 2,
    minute: 60,
    ph: 6.1,
    health: 0.7,
    shares: shares(0.3),
    chooser: 'group',
    text: 'Rinse',
  },
] as unknown as TimelinePoint[];

const chooserName = (chooser: string) =>
  chooser === 'torus' ? '<i>Ben</i>, as Torus Kline' : 'the group';

describe('the timeline chart', () => {
  it('marks each choice with who made it and what it was, as text', () => {
    const figure = renderTimelineChart(POINTS, { chooserName });
    const markers = [...figure.querySelectorAll('circle.timeline-marker')];
    expect(markers.map((m) => m.getAttribute('data-chooser'))).toEqual(['torus', 'group']);
    expect(markers.map((m) => m.querySelector('title')?.textContent)).toEqual([
      'Choice 1, <i>Ben</i>, as Torus Kline: Share the <b>gel</b>',
      'Choice 2, the group: Rinse',
    ]);
    expect(figure.querySelectorAll('b, i')).toHaveLength(0);
  });

  it('names each chooser in the legend once', () => {
    const legend = [
      ...renderTimelineChart(POINTS, { chooserName }).querySelectorAll('.timeline-legend li'),
    ].map((item) => item.textContent);
    expect(legend).toContain('Choice by <i>Ben</i>, as Torus Kline');
    expect(legend).toContain('A choice the group made');
    expect(legend.filter((words) => words?.startsWith('Choice by'))).toHaveLength(1);
  });

  it('says the course in its caption: health, acid-makers, the lowest pH and where it ended', () => {
    const figure = renderTimelineChart(POINTS, { chooserName });
    expect(figure.querySelector('figcaption')?.textContent).toBe(
      "Over 2 choices, community health went from 90% to 70% and the acid-makers' share from 10% to 30%. " +
        'The plaque pH was lowest, 5.2, after choice 1, and ended at 6.1.',
    );
    const chart = figure.querySelector('svg');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-labelledby')).toBe(figure.querySelector('figcaption')?.id);
  });
});
