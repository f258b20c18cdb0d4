// The debrief's chart: how the shared microbiome moved through the session. Group shares
// are stacked areas, pH and community health are lines over them, and every choice is a
// marker in its chooser's colour. Built as SVG nodes (never markup strings), so choice
// texts in the markers' tooltips stay text.
import type { TimelinePoint } from '../session/debrief';
import { type Chooser, chooserColour } from '../session/ensemble';
import { GROUP_COLOURS, GROUP_INFO, GROUPS } from '../session/science';
import { element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 380;
const PLOT = { left: 48, right: WIDTH - 52, top: 40, bottom: HEIGHT - 40 };
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

/** A figure with the chart, a legend and a caption that says the course in words. */
export function renderTimelineChart(
  points: readonly TimelinePoint[],
  options: TimelineChartOptions,
): HTMLElement {
  const last = Math.max(1, points.length - 1);
  const x = (i: number) => PLOT.left + ((PLOT.right - PLOT.left) * i) / last;
  const yShare = (share: number) => PLOT.bottom - (PLOT.bottom - PLOT.top) * share;
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
    const upper = top.map((value, i) => `${x(i).toFixed(1)},${yShare(value).toFixed(1)}`);
    const lower = below
      .map((value, i) => `${x(i).toFixed(1)},${yShare(value).toFixed(1)}`)
      .reverse();
    chart.append(
      svg('polygon', {
        points: [...upper, ...lower].join(' '),
        fill: GROUP_COLOURS[group],
        'fill-opacity': 0.75,
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
    text(PLOT.left + 6, yPh(CRITICAL_PH) - 6, 'pH 5.5: enamel dissolves below', {
      fill: '#ffb4a8',
    }),
  );

  const line = (values: number[], attributes: Record<string, string | number>) =>
    svg('polyline', {
      points: values.map((value, i) => `${x(i).toFixed(1)},${value.toFixed(1)}`).join(' '),
      fill: 'none',
      'stroke-linejoin': 'round',
      ...attributes,
    });
  chart.append(
    line(
      points.map((point) => yPh(point.ph)),
      { stroke: '#ffffff', 'stroke-width': 3 },
    ),
    line(
      points.map((point) => yShare(point.health)),
      { stroke: '#ffd166', 'stroke-width': 3, 'stroke-dasharray': '10 4' },
    ),
  );

  // One marker per choice above the plot, in the colour of whoever chose.
  for (const [i, point] of points.entries()) {
    if (!point.chooser) continue;
    const marker = svg('circle', {
      cx: x(i),
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
        x1: x(i),
        x2: x(i),
        y1: PLOT.top - 8,
        y2: PLOT.bottom,
        stroke: '#e9f5f1',
        'stroke-opacity': 0.18,
      }),
      marker,
    );
  }
  chart.append(
    text((PLOT.left + PLOT.right) / 2, HEIGHT - 12, 'Start, then each choice in order', {
      'text-anchor': 'middle',
    }),
  );

  const legend = element('ul', { className: 'timeline-legend' }, [
    legendItem('#ffffff', 'pH (right scale)', 'line'),
    legendItem('#ffd166', 'Community health (left scale)', 'dashed'),
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
    text: describe(points),
    attributes: { id: 'timeline-caption' },
  });
  return element('figure', { className: 'timeline' }, [chart, legend, caption]);
}

function legendItem(
  colour: string,
  words: string,
  kind: 'line' | 'dashed' | 'area' | 'marker',
): HTMLElement {
  const swatch = element('span', {
    className: `legend-swatch legend-${kind}`,
    attributes: { 'aria-hidden': 'true' },
  });
  swatch.style.setProperty('--swatch', colour);
  return element('li', {}, [swatch, document.createTextNode(words)]);
}

/** The chart in one sentence, for screen readers and for the printed handout. */
function describe(points: readonly TimelinePoint[]): string {
  const first = points[0];
  const end = points[points.length - 1];
  if (!first || !end) return 'No choices yet.';
  const lowest = points.reduce((low, point) => (point.ph < low.ph ? point : low), first);
  const pct = (value: number) => `${Math.round(value * 100)}%`;
  const acid = (point: TimelinePoint) => point.shares.M + point.shares.L;
  return (
    `Over ${points.length - 1} choices, community health went from ${pct(first.health)} to ${pct(end.health)} ` +
    `and the acid-makers' share from ${pct(acid(first))} to ${pct(acid(end))}. ` +
    `The plaque pH was lowest, ${lowest.ph.toFixed(1)}, ${lowest.turn === 0 ? 'at the start' : `after choice ${lowest.turn}`}, ` +
    `and ended at ${end.ph.toFixed(1)}.`
  );
}
