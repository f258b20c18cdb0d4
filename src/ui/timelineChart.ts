// The debrief's chart: how the shared microbiome moved through the session. Group shares
// are stacked areas; the plaque pH is a line drawn minute by minute between choices (every
// acid dip at its true depth, each dip's lowest value written on it, the critical 5.5
// labelled), with the plaque's biomass and community health beside it. Choices are
// numbered along the axis, each stretch between two choices drawn the same width however
// long it lasted, and listed beside the chart in words a projected class can read. Built
// as SVG nodes (never markup strings), so choice texts stay text.
import type { CoursePoint, Stretch, TimelinePoint } from '../session/debrief';
import { phDips } from '../session/debrief';
import { type Chooser, chooserColour } from '../session/ensemble';
import { GROUP_COLOURS, GROUP_INFO, GROUPS } from '../session/science';
import { element } from './dom';
import './timelineChart.css';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 400;
const PLOT = { left: 48, right: WIDTH - 52, top: 40, bottom: HEIGHT - 60 };
/** The pH axis on the right: the range a mouth's plaque moves through. */
const PH_MIN = 4;
const PH_MAX = 7.5;
const CRITICAL_PH = 5.5;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  children: Node[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

function text(
  x: number,
  y: number,
  words: string,
  attributes: Record<string, string | number> = {},
) {
  const node = svg('text', { x, y, 'font-size': 13, fill: '#b5d2cc', ...attributes });
  node.textContent = words;
  return node;
}

export interface TimelineChartOptions {
  /** Names a marker's chooser, e.g. "Ben, as Torus Kline". */
  chooserName(chooser: Chooser): string;
}

/** The pH course of the session and each choice's stretch (session/debrief.ts phCourse). */
export interface PhCourse {
  points: readonly CoursePoint[];
  stretches: readonly Stretch[];
}

/**
 * A figure with the chart, the numbered list of choices beside it, a legend and a caption
 * that says the course in words.
 */
export function renderTimelineChart(
  points: readonly TimelinePoint[],
  course: PhCourse,
  options: TimelineChartOptions,
): HTMLElement {
  const last = Math.max(1, points.length - 1);
  const xTurn = (i: number) => PLOT.left + ((PLOT.right - PLOT.left) * i) / last;
  // A moment of a choice's stretch: its share of the stretch's time, across its width.
  const xAt = (point: CoursePoint) => {
    const stretch = course.stretches[point.turn - 1];
    if (!stretch) return xTurn(0);
    const span = stretch.to - stretch.from;
    const part = span > 0 ? Math.min(1, Math.max(0, (point.minute - stretch.from) / span)) : 1;
    return xTurn(point.turn - 1) + part * (xTurn(point.turn) - xTurn(point.turn - 1));
  };
  const yShare = (share: number) =>
    PLOT.bottom - (PLOT.bottom - PLOT.top) * Math.min(1, Math.max(0, share));
  const yPh = (value: number) =>
    PLOT.bottom -
    ((PLOT.bottom - PLOT.top) * (Math.min(PH_MAX, Math.max(PH_MIN, value)) - PH_MIN)) /
      (PH_MAX - PH_MIN);

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'timeline-chart',
    role: 'img',
    'aria-labelledby': 'timeline-caption',
  });
  chart.append(
    svg('rect', {
      x: PLOT.left,
      y: PLOT.top,
      width: PLOT.right - PLOT.left,
      height: PLOT.bottom - PLOT.top,
      fill: '#07161b',
    }),
  );

  // Stacked shares, commensals at the bottom, so a growing acid band reads as a rising tide.
  const below = points.map(() => 0);
  for (const group of GROUPS) {
    const top = points.map((point, i) => (below[i] ?? 0) + point.shares[group]);
    const upper = top.map((value, i) => `${xTurn(i).toFixed(1)},${yShare(value).toFixed(1)}`);
    const lower = below
      .map((value, i) => `${xTurn(i).toFixed(1)},${yShare(value).toFixed(1)}`)
      .reverse();
    chart.append(
      svg('polygon', {
        points: [...upper, ...lower].join(' '),
        fill: GROUP_COLOURS[group],
        'fill-opacity': 0.55,
      }),
    );
    top.forEach((value, i) => {
      below[i] = value;
    });
  }

  // Horizontal guides: share on the left, pH on the right, and the enamel's critical pH.
  for (const share of [0, 0.5, 1]) {
    chart.append(
      svg('line', {
        x1: PLOT.left,
        x2: PLOT.right,
        y1: yShare(share),
        y2: yShare(share),
        stroke: '#1f4a52',
      }),
      text(PLOT.left - 6, yShare(share) + 4, `${share * 100}%`, { 'text-anchor': 'end' }),
    );
  }
  for (const value of [5, 6, 7]) {
    chart.append(text(PLOT.right + 6, yPh(value) + 4, `pH ${value}`));
  }
  chart.append(
    svg('line', {
      x1: PLOT.left,
      x2: PLOT.right,
      y1: yPh(CRITICAL_PH),
      y2: yPh(CRITICAL_PH),
      stroke: '#ff8a7a',
      'stroke-dasharray': '6 5',
      'stroke-width': 2,
    }),
    // At the right end: dips most often start at the left, where a session's first sugar is.
    text(PLOT.right - 6, yPh(CRITICAL_PH) - 6, 'pH 5.5: enamel dissolves below', {
      fill: '#ffb4a8',
      'text-anchor': 'end',
      class: 'timeline-critical',
    }),
  );

  const line = (xy: Array<[number, number]>, attributes: Record<string, string | number>) =>
    svg('polyline', {
      points: xy.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '),
      fill: 'none',
      'stroke-linejoin': 'round',
      ...attributes,
    });
  const weighed = course.points.filter((point) => point.biomass !== null);
  if (weighed.length > 1) {
    chart.append(
      line(
        weighed.map((point) => [xAt(point), yShare(point.biomass ?? 0)]),
        {
          stroke: '#9ad1ff',
          'stroke-width': 2,
          'stroke-dasharray': '2 3',
          class: 'timeline-biomass',
        },
      ),
    );
  }
  chart.append(
    line(
      points.map((point, i) => [xTurn(i), yShare(point.health)]),
      { stroke: '#ffd166', 'stroke-width': 3, 'stroke-dasharray': '10 4' },
    ),
    line(
      course.points.map((point) => [xAt(point), yPh(point.ph)]),
      { stroke: '#ffffff', 'stroke-width': 2.5, class: 'timeline-ph' },
    ),
  );

  // Every dip's lowest point gets a dot; its value is written wherever there is room,
  // the deepest first, so no two labels overlap.
  const placed: number[] = [];
  const dips = phDips(course.points);
  for (const dip of [...dips].sort((a, b) => a.ph - b.ph)) {
    const dx = xAt(dip);
    const dy = yPh(dip.ph);
    chart.append(svg('circle', { cx: dx, cy: dy, r: 3.5, fill: '#ffffff', class: 'timeline-dip' }));
    if (placed.some((x) => Math.abs(x - dx) < 30)) continue;
    placed.push(dx);
    chart.append(
      text(dx, Math.min(PLOT.bottom - 4, dy + 16), phWords(dip.ph), {
        'text-anchor': 'middle',
        fill: '#ffffff',
        'font-weight': 700,
        class: 'timeline-dip-label',
      }),
    );
  }

  // One marker per choice above the plot, in the colour of whoever chose, and its number
  // on the axis below.
  const every = Math.max(1, Math.ceil(16 / ((PLOT.right - PLOT.left) / last)));
  for (const [i, point] of points.entries()) {
    if (!point.chooser) continue;
    const marker = svg('circle', {
      cx: xTurn(i),
      cy: PLOT.top - 14,
      r: 6,
      fill: chooserColour(point.chooser),
      stroke: '#07161b',
      'stroke-width': 1.5,
      class: 'timeline-marker',
      'data-chooser': point.chooser,
    });
    const title = svg('title', {});
    title.textContent = `Choice ${point.turn}, ${options.chooserName(point.chooser)}: ${point.text ?? ''}`;
    marker.append(title);
    chart.append(
      svg('line', {
        x1: xTurn(i),
        x2: xTurn(i),
        y1: PLOT.top - 8,
        y2: PLOT.bottom,
        stroke: '#e9f5f1',
        'stroke-opacity': 0.18,
      }),
      marker,
    );
    if (point.turn % every === 0 || i === points.length - 1) {
      chart.append(
        text(xTurn(i), PLOT.bottom + 18, String(point.turn), {
          'text-anchor': 'middle',
          'font-weight': 700,
          class: 'timeline-number',
        }),
      );
    }
  }
  chart.append(
    text(
      (PLOT.left + PLOT.right) / 2,
      HEIGHT - 14,
      'Choices in order; between two, the hours that passed (each stretch the same width)',
      { 'text-anchor': 'middle' },
    ),
  );

  const legend = element('ul', { className: 'timeline-legend' }, [
    legendItem(
      '#ffffff',
      'Plaque pH, minute by minute (right scale); dots mark each dip’s lowest point',
      'line',
    ),
    legendItem('#ffd166', 'Community health (left scale)', 'dashed'),
    ...(weighed.length > 1
      ? [legendItem('#9ad1ff', 'Plaque biomass, of what the tooth can hold (left scale)', 'dotted')]
      : []),
    ...GROUPS.map((group) => legendItem(GROUP_COLOURS[group], GROUP_INFO[group].name, 'area')),
    // Who chose: one marker colour per chooser, so the room can find its own choices.
    ...[...new Set(points.flatMap((point) => (point.chooser ? [point.chooser] : [])))].map(
      (chooser) =>
        legendItem(
          chooserColour(chooser),
          chooser === 'group'
            ? 'A choice the group made'
            : `Choice by ${options.chooserName(chooser)}`,
          'marker',
        ),
    ),
  ]);
  const caption = element('figcaption', {
    text: describe(points, course),
    attributes: { id: 'timeline-caption' },
  });
  const body = element('div', { className: 'timeline-body' }, [
    element('div', { className: 'timeline-plot' }, [chart]),
    choiceList(points, course.stretches, options),
  ]);
  return element('figure', { className: 'timeline' }, [body, legend, caption]);
}

/** The choices as a numbered list beside the chart: who, what, and what pH did after. */
function choiceList(
  points: readonly TimelinePoint[],
  stretches: readonly Stretch[],
  options: TimelineChartOptions,
): HTMLElement {
  const items = points.flatMap((point) => {
    if (!point.chooser) return [];
    const stretch = stretches[point.turn - 1];
    const who = options.chooserName(point.chooser);
    return [
      element('li', { attributes: { value: String(point.turn) } }, [
        element('span', { className: 'timeline-choice', text: `${who}: “${point.text ?? ''}”` }),
        element('span', {
          className: 'timeline-after',
          text: `${point.did ? `${point.did}.` : 'No change to the microbiome itself.'} ${stretch ? afterWords(stretch, point) : ''}`,
        }),
      ]),
    ];
  });
  return element(
    'ol',
    {
      className: 'timeline-choices',
      // A tab stop, since a long list scrolls beside the chart (arrow keys scroll it).
      attributes: { 'aria-label': 'The choices on the chart, by number', tabindex: '0' },
    },
    items,
  );
}

/** What the plaque pH did over a choice's stretch, in words. */
function afterWords(stretch: Stretch, point: TimelinePoint): string {
  const minutes = stretch.to - stretch.from;
  if (!stretch.traced) return `pH ${phWords(point.ph)} after it.`;
  if (minutes < 1) return `No time passed before the next choice (pH ${phWords(point.ph)}).`;
  const span = minutes >= 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes)} min`;
  const lowest = stretch.lowest.ph;
  if (lowest >= CRITICAL_PH) {
    return `Over the next ${span}, pH stayed above 5.5 (lowest ${phWords(lowest)}).`;
  }
  const below = Math.round(stretch.belowCritical);
  return `Over the next ${span}, pH fell to ${phWords(lowest)}: ${below >= 1 ? `${below} min` : 'under a minute'} below 5.5.`;
}

/** A pH to one decimal, or two where one would blur which side of 5.5 it is on. */
function phWords(value: number): string {
  const short = value.toFixed(1);
  return short === CRITICAL_PH.toFixed(1) ? value.toFixed(2) : short;
}

function legendItem(
  colour: string,
  words: string,
  kind: 'line' | 'dashed' | 'dotted' | 'area' | 'marker',
): HTMLElement {
  const swatch = element('span', {
    className: `legend-swatch legend-${kind}`,
    attributes: { 'aria-hidden': 'true' },
  });
  swatch.style.setProperty('--swatch', colour);
  return element('li', {}, [swatch, document.createTextNode(words)]);
}

/** The chart in words, for screen readers and for the printed handout. */
function describe(points: readonly TimelinePoint[], course: PhCourse): string {
  const first = points[0];
  const end = points[points.length - 1];
  const start = course.points[0];
  if (!first || !end || !start) return 'No choices yet.';
  const lowest = course.points.reduce((low, point) => (point.ph < low.ph ? point : low), start);
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  const acid = (point: TimelinePoint) => point.shares.M + point.shares.L;
  const crossed = course.stretches.find((stretch) => stretch.belowCritical >= 1);
  const dips = phDips(course.points).length;
  return (
    `Over ${points.length - 1} choices, community health went from ${pct(first.health)} to ${pct(end.health)} ` +
    `and the acid-makers' share from ${pct(acid(first))} to ${pct(acid(end))}. ` +
    `The plaque pH dipped ${dips === 1 ? 'once' : `${dips} times`}, lowest ${lowest.ph.toFixed(1)} ${lowest.turn === 0 ? 'at the start' : `after choice ${lowest.turn}`}; ` +
    (crossed ? `it first went below 5.5 after choice ${crossed.turn}` : 'it never went below 5.5') +
    `, and ended at ${end.ph.toFixed(1)}.`
  );
}
