// A scenario run as an SVG chart a teacher can project: who lives in the plaque, the plaque pH
// against the critical line, overall health and the ending the simulation would give at each
// moment, with the one-off events marked. Hand-written SVG text, so it needs no library.
import path from 'node:path';
import type { EndingName } from '../src/sim/ending';
import type { GroupName } from '../src/sim/groups';
import { INTERVENTIONS } from '../src/sim/interventions';
import { GROUP_COLOURS } from '../src/sim/mural';
import {
  parseTime,
  type Scenario,
  type ScenarioResult,
  type ScenarioRow,
} from '../src/sim/scenario';

const SHORT_NAMES: Record<GroupName, string> = {
  C: 'Commensal streptococci',
  M: 'S. mutans',
  L: 'Lactobacilli',
  V: 'Veillonella',
  F: 'F. nucleatum',
  P: 'P. gingivalis',
  K: 'Candida',
};

/** Bottom to top, so the acid-makers ride on top where the eye lands first. */
const STACK: readonly GroupName[] = ['C', 'V', 'F', 'P', 'K', 'L', 'M'];

export const ENDING_COLOURS: Record<EndingName, string> = {
  flourishing: '#2e9d5b',
  fragile: '#e6b422',
  acid_takeover: '#e0573a',
  inflamed: '#8e1047',
  scorched: '#b8b8b8',
};

const ENDING_LABELS: Record<EndingName, string> = {
  flourishing: 'flourishing',
  fragile: 'fragile',
  acid_takeover: 'acid takeover',
  inflamed: 'inflamed',
  scorched: 'scorched',
};

const W = 1600;
const LEFT = 140;
const RIGHT = 1250;
const FONT = 'font-family="\'Atkinson Hyperlegible\', Verdana, Arial, sans-serif"';
const INK = '#222222';
// A white outline behind text keeps labels readable where they cross lines and areas.
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="6" stroke-linejoin="round"';
const MAX_AREA_POINTS = 600;

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f1 = (x: number): string => (Math.round(x * 10) / 10).toString();

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function label(x: number, y: number, text: string, attrs = ''): string {
  const fill = attrs.includes('fill=') ? '' : ` fill="${INK}"`;
  return `<text x="${f1(x)}" y="${f1(y)}" ${FONT}${fill} ${attrs}>${esc(text)}</text>`;
}

/** The title a scenario file's chart gets: its description, or else the file's name. */
export const chartTitle = (scenario: Scenario, file: string): string =>
  scenario.description || path.basename(file, '.json');

export interface ChartOptions {
  /** Shown as the title; defaults to the scenario's description. */
  title?: string;
}

export function scenarioChart(
  scenario: Scenario,
  result: ScenarioResult,
  options: ChartOptions = {},
): string {
  const rows = result.rows;
  const end = scenario.days * 1440;
  const x = (minute: number): number => LEFT + ((RIGHT - LEFT) * minute) / end;
  const out: string[] = [];

  // --- Title and the daily routine in words ---
  const title = options.title ?? (scenario.description || 'Scenario');
  const titleLines = wrap(title, 62).slice(0, 2);
  let y = 56;
  for (const line of titleLines) {
    out.push(label(LEFT - 100, y, line, 'font-size="40" font-weight="bold"'));
    y += 48;
  }
  const routine = scenario.daily.length
    ? `Every day: ${scenario.daily
        .slice()
        .sort((a, b) => (parseTime(a.at) ?? 0) - (parseTime(b.at) ?? 0))
        .map(
          (a) =>
            `${a.at} ${INTERVENTIONS[a.do].label.toLowerCase()}${a.dose === 1 ? '' : ` (dose ${a.dose})`}`,
        )
        .join(', ')}`
    : 'No daily routine';
  const setting = [
    scenario.saliva === 'dry' ? 'dry mouth' : 'normal saliva',
    scenario.phFloor === null ? '' : `pH held above ${scenario.phFloor}`,
    `${scenario.days} days`,
  ]
    .filter(Boolean)
    .join('; ');
  for (const line of wrap(`${routine}. ${setting}.`, 110).slice(0, 3)) {
    out.push(label(LEFT - 100, y - 6, line, 'font-size="24"'));
    y += 32;
  }

  // --- Event labels, staggered into rows so they do not overlap ---
  const oneOffs = result.events.filter((e) => e.oneOff);
  // Events at the same minute share one marker and one label.
  const marks: Array<{ minute: number; text: string }> = [];
  for (const e of oneOffs) {
    const text = `${INTERVENTIONS[e.do].label}${e.dose === 1 ? '' : ` ${e.dose}`}`;
    const last = marks[marks.length - 1];
    if (last && last.minute === e.minute) last.text += ` + ${text}`;
    else marks.push({ minute: e.minute, text });
  }
  // A course of the same event (a rinse twice a day for a week) gets one label, not a tower.
  const labelled: Array<{ minute: number; text: string }> = [];
  for (let i = 0; i < marks.length; ) {
    const first = marks[i] as (typeof marks)[number];
    let j = i + 1;
    while (
      j < marks.length &&
      (marks[j] as (typeof marks)[number]).text === first.text &&
      (marks[j] as (typeof marks)[number]).minute -
        (marks[j - 1] as (typeof marks)[number]).minute <=
        1.5 * 1440
    ) {
      j++;
    }
    labelled.push({
      minute: first.minute,
      text: j - i > 1 ? `${first.text} \u00d7 ${j - i}` : first.text,
    });
    i = j;
  }
  const labelTop = y + 10;
  const rowEnds: number[] = [];
  const eventLabels: string[] = [];
  for (const { minute, text } of labelled) {
    const px = x(minute);
    const widthEstimate = text.length * 12 + 16;
    const flip = px + widthEstimate > W - 20;
    const from = flip ? px - widthEstimate : px;
    let row = rowEnds.findIndex((r) => r < from - 4);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = flip ? px : px + widthEstimate;
    eventLabels.push(
      label(
        flip ? px - 6 : px + 6,
        labelTop + 24 + row * 30,
        text,
        `font-size="22" text-anchor="${flip ? 'end' : 'start'}" ${HALO}`,
      ),
    );
  }
  const top = labelTop + Math.max(1, rowEnds.length) * 30 + 56;

  // --- Panels ---
  const compTop = top;
  const compH = 330;
  const phTop = compTop + compH + 56;
  const phH = 210;
  const healthTop = phTop + phH + 56;
  const healthH = 130;
  const endingTop = healthTop + healthH + 30;
  const endingH = 30;
  const axisY = endingTop + endingH;
  const H = axisY + 160;
  const box = (py: number, ph: number, fill: string): string =>
    `<rect x="${LEFT}" y="${py}" width="${RIGHT - LEFT}" height="${ph}" fill="${fill}" stroke="${INK}" stroke-width="2"/>`;
  const hline = (py: number, stroke: string, width: number, dash: string): string =>
    `<line x1="${LEFT}" x2="${RIGHT}" y1="${f1(py)}" y2="${f1(py)}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const yTick = (py: number, text: string): string =>
    label(LEFT - 12, py + 8, text, 'font-size="22" text-anchor="end"');
  const panelTitle = (py: number, text: string): string =>
    label(LEFT, py - 12, text, 'font-size="24" font-weight="bold"');

  // Slow quantities need no more points than the projector has pixels.
  const stride = Math.max(1, Math.ceil(rows.length / MAX_AREA_POINTS));
  const slow = rows.filter((_, i) => i % stride === 0 || i === rows.length - 1);

  // Composition: stacked shares
  out.push(panelTitle(compTop, 'Who lives in the plaque (share of all microbes)'));
  const base = slow.map(() => 0);
  const yShare = (v: number): number => compTop + compH * (1 - Math.min(1, v));
  for (const g of STACK) {
    const upper = slow.map((r, i) => (base[i] as number) + r[g]);
    const pts = slow.map((r, i) => `${f1(x(r.minute))},${f1(yShare(upper[i] as number))}`);
    const back = slow.map((r, i) => `${f1(x(r.minute))},${f1(yShare(base[i] as number))}`);
    out.push(
      `<polygon points="${[...pts, ...back.reverse()].join(' ')}" fill="${GROUP_COLOURS[g]}"/>`,
    );
    upper.forEach((u, i) => {
      base[i] = u;
    });
  }
  out.push(box(compTop, compH, 'none'));
  for (const v of [0, 0.5, 1]) out.push(yTick(yShare(v), `${v * 100}%`));

  // pH, with the enamel danger zone shaded
  const PH_LO = 3.5;
  const PH_HI = 8;
  const yPh = (p: number): number => phTop + (phH * (PH_HI - p)) / (PH_HI - PH_LO);
  out.push(panelTitle(phTop, 'Plaque pH'));
  out.push(box(phTop, phH, '#f7f7f7'));
  out.push(
    `<rect x="${LEFT}" y="${f1(yPh(5.5))}" width="${RIGHT - LEFT}" height="${f1(yPh(PH_LO) - yPh(5.5))}" fill="#fbe3dc"/>`,
  );
  for (const p of [4, 5, 6, 7, 8]) {
    out.push(yTick(yPh(p), String(p)), hline(yPh(p), '#dddddd', 1, ''));
  }
  out.push(hline(yPh(5.5), '#c0392b', 3, '12 8'));
  out.push(label(RIGHT + 12, yPh(5.5) + 8, 'critical pH 5.5', 'font-size="22" fill="#c0392b"'));
  out.push(
    label(RIGHT + 12, yPh(5.5) + 34, '(enamel dissolves below)', 'font-size="20" fill="#c0392b"'),
  );
  if (scenario.phFloor !== null) {
    out.push(hline(yPh(scenario.phFloor), '#1f5fa8', 3, '4 6'));
    out.push(
      label(
        RIGHT + 12,
        yPh(scenario.phFloor) - 10,
        `pH floor ${scenario.phFloor}`,
        'font-size="22" fill="#1f5fa8"',
      ),
    );
  }
  const phPts = rows.map((r) => `${f1(x(r.minute))},${f1(yPh(r.ph))}`).join(' ');
  out.push(
    `<polyline points="${phPts}" fill="none" stroke="#1f3b73" stroke-width="3" stroke-linejoin="round"/>`,
  );

  // Health
  const yH = (h: number): number => healthTop + healthH * (1 - h);
  out.push(panelTitle(healthTop, 'Health (0 to 1)'));
  out.push(box(healthTop, healthH, '#f7f7f7'));
  for (const h of [0, 0.5, 1]) out.push(yTick(yH(h), String(h)));
  out.push(hline(yH(0.75), '#888888', 2, '6 6'));
  out.push(label(RIGHT + 12, yH(0.75) + 8, '0.75', 'font-size="22" fill="#666666"'));
  const hPts = slow.map((r) => `${f1(x(r.minute))},${f1(yH(r.health))}`).join(' ');
  out.push(
    `<polyline points="${hPts}" fill="none" stroke="#2e7d32" stroke-width="4" stroke-linejoin="round"/>`,
  );

  // Ending strip: the ending the simulation would give if the story stopped at that moment
  out.push(
    label(
      LEFT - 12,
      endingTop + 23,
      'Ending',
      'font-size="22" text-anchor="end" font-weight="bold"',
    ),
  );
  for (let i = 0; i < rows.length; ) {
    const r = rows[i] as ScenarioRow;
    let j = i + 1;
    while (j < rows.length && (rows[j] as ScenarioRow).ending === r.ending) j++;
    const to = rows[j]?.minute ?? end;
    if (to > r.minute) {
      out.push(
        `<rect x="${f1(x(r.minute))}" y="${endingTop}" width="${f1(x(to) - x(r.minute))}" height="${endingH}" fill="${ENDING_COLOURS[r.ending]}"/>`,
      );
    }
    i = j;
  }
  out.push(box(endingTop, endingH, 'none'));
  const final = rows[rows.length - 1];
  if (final) {
    out.push(
      label(
        RIGHT + 12,
        endingTop - 6,
        `End of day ${scenario.days}:`,
        'font-size="22" font-weight="bold"',
      ),
      label(RIGHT + 12, endingTop + 23, ENDING_LABELS[final.ending], 'font-size="22"'),
    );
  }

  // Event markers across all panels, labels on top
  for (const { minute } of marks) {
    const px = f1(x(minute));
    out.push(
      `<line x1="${px}" x2="${px}" y1="${labelTop + 4}" y2="${axisY}" stroke="${INK}" stroke-width="2" stroke-dasharray="3 5"/>`,
    );
  }
  out.push(...eventLabels);

  // X axis in days
  const step = Math.max(1, Math.ceil(scenario.days / 20));
  for (let d = 0; d <= scenario.days; d += step) {
    const px = x(d * 1440);
    out.push(
      `<line x1="${f1(px)}" x2="${f1(px)}" y1="${axisY}" y2="${axisY + 10}" stroke="${INK}" stroke-width="2"/>`,
      label(px, axisY + 36, String(d + 1), 'font-size="22" text-anchor="middle"'),
    );
  }
  out.push(
    label(
      (LEFT + RIGHT) / 2,
      axisY + 72,
      'Day (each tick marks 00:00 at the start of that day)',
      'font-size="24" text-anchor="middle"',
    ),
  );

  // Legends
  let ly = compTop + 6;
  out.push(label(RIGHT + 12, ly + 16, 'Microbes', 'font-size="22" font-weight="bold"'));
  ly += 30;
  for (const g of [...STACK].reverse()) {
    out.push(
      `<rect x="${RIGHT + 12}" y="${ly}" width="26" height="26" fill="${GROUP_COLOURS[g]}" stroke="${INK}"/>`,
      label(RIGHT + 48, ly + 21, SHORT_NAMES[g], 'font-size="22"'),
    );
    ly += 37;
  }
  let ex = LEFT;
  const ey = axisY + 106;
  out.push(
    label(ex, ey + 20, 'Ending if the story stopped here:', 'font-size="22" font-weight="bold"'),
  );
  ex += 400;
  for (const k of Object.keys(ENDING_COLOURS) as EndingName[]) {
    out.push(
      `<rect x="${ex}" y="${ey}" width="24" height="24" fill="${ENDING_COLOURS[k]}" stroke="${INK}"/>`,
      label(ex + 32, ey + 20, ENDING_LABELS[k], 'font-size="22"'),
    );
    ex += 60 + ENDING_LABELS[k].length * 12;
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
