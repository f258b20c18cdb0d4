// @vitest-environment happy-dom
// The debrief's timeline chart: one marker per choice, each naming its chooser and choice
// as text, a legend for who chose, and a caption that says the course in words.
import { describe, expect, it } from 'vitest';
import type { CoursePoint, Stretch, TimelinePoint } from '../../../src/session/debrief';
import { type PhCourse, renderTimelineChart } from '../../../src/ui/timelineChart';

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

/** A save from before traces: one point per choice, as POINTS. */
const UNTRACED: PhCourse = {
  points: POINTS.map((p) => ({ minute: p.minute, ph: p.ph, biomass: null, turn: p.turn })),
  stretches: [
    { turn: 1, from: 0, to: 30, lowest: { minute: 30, ph: 5.2 }, belowCritical: 0, traced: false },
    { turn: 2, from: 30, to: 60, lowest: { minute: 60, ph: 6.1 }, belowCritical: 0, traced: false },
  ],
};

/** Minute by minute: a dip to 4.8 after choice 1, a shallow one (6.4) after choice 2. */
function traced(): PhCourse {
  const curve = (turn: number, from: number, to: number, low: number): CoursePoint[] =>
    Array.from({ length: to - from }, (_, k) => {
      const t = (k + 1) / (to - from);
      return {
        minute: from + k + 1,
        ph: 7 - (7 - low) * Math.sin(Math.PI * t),
        biomass: 0.6,
        turn,
      };
    });
  const points = [
    { minute: 0, ph: 7, biomass: 0.6, turn: 0 },
    ...curve(1, 0, 30, 4.8),
    ...curve(2, 30, 60, 6.4),
  ];
  const stretches: Stretch[] = [
    { turn: 1, from: 0, to: 30, lowest: { minute: 15, ph: 4.8 }, belowCritical: 17, traced: true },
    { turn: 2, from: 30, to: 60, lowest: { minute: 45, ph: 6.4 }, belowCritical: 0, traced: true },
  ];
  return { points, stretches };
}

const chooserName = (chooser: string) =>
  chooser === 'torus' ? '<i>Ben</i>, as Torus Kline' : 'the group';

describe('the timeline chart', () => {
  it('marks each choice with who made it and what it was, as text', () => {
    const figure = renderTimelineChart(POINTS, UNTRACED, { chooserName });
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
      ...renderTimelineChart(POINTS, UNTRACED, { chooserName }).querySelectorAll(
        '.timeline-legend li',
      ),
    ].map((item) => item.textContent);
    expect(legend).toContain('Choice by <i>Ben</i>, as Torus Kline');
    expect(legend).toContain('A choice the group made');
    expect(legend.filter((words) => words?.startsWith('Choice by'))).toHaveLength(1);
  });

  it('says the course in its caption: health, acid-makers, the lowest pH and where it ended', () => {
    const figure = renderTimelineChart(POINTS, UNTRACED, { chooserName });
    expect(figure.querySelector('figcaption')?.textContent).toBe(
      "Over 2 choices, community health went from 90% to 70% and the acid-makers' share from 10% to 30%. " +
        'The plaque pH dipped once, lowest 5.2 after choice 1; it never went below 5.5, and ended at 6.1.',
    );
    const chart = figure.querySelector('svg');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-labelledby')).toBe(figure.querySelector('figcaption')?.id);
  });

  it('draws pH minute by minute: every dip dotted, its lowest value written, 5.5 labelled', () => {
    const figure = renderTimelineChart(POINTS, traced(), { chooserName });
    const ph = figure.querySelector('polyline.timeline-ph');
    expect(ph?.getAttribute('points')?.split(' ')).toHaveLength(61);
    expect(figure.querySelectorAll('circle.timeline-dip')).toHaveLength(2);
    expect([...figure.querySelectorAll('.timeline-dip-label')].map((n) => n.textContent)).toEqual([
      '4.8',
      '6.4',
    ]);
    expect(figure.querySelector('.timeline-critical')?.textContent).toBe(
      'pH 5.5: enamel dissolves below',
    );
    // The biomass line, which only traced saves can draw, and its legend.
    expect(figure.querySelector('polyline.timeline-biomass')).not.toBeNull();
    expect(figure.querySelector('.timeline-legend')?.textContent).toMatch(/Plaque biomass/);
    expect(figure.querySelector('figcaption')?.textContent).toMatch(
      /dipped 2 times, lowest 4.8 after choice 1; it first went below 5.5 after choice 1/,
    );
  });

  it('numbers the choices on the axis and lists them beside the chart in words', () => {
    const figure = renderTimelineChart(POINTS, traced(), { chooserName });
    expect([...figure.querySelectorAll('.timeline-number')].map((n) => n.textContent)).toEqual([
      '1',
      '2',
    ]);
    const items = [...figure.querySelectorAll('ol.timeline-choices li')];
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    expect(items[0]?.textContent).toContain('<i>Ben</i>, as Torus Kline: “Share the <b>gel</b>”');
    expect(items[0]?.textContent).toMatch(/pH fell to 4.8: 17 min below 5.5/);
    expect(items[1]?.textContent).toMatch(/stayed above 5.5 \(lowest 6.4\)/);
    expect(figure.querySelectorAll('b, i')).toHaveLength(0);
  });

  it('falls back to one point per choice for a save without traces', () => {
    const figure = renderTimelineChart(POINTS, UNTRACED, { chooserName });
    expect(
      figure.querySelector('polyline.timeline-ph')?.getAttribute('points')?.split(' '),
    ).toHaveLength(3);
    expect(figure.querySelector('polyline.timeline-biomass')).toBeNull();
    expect(figure.querySelector('ol.timeline-choices li')?.textContent).toMatch(/pH 5.2 after it/);
  });
});
