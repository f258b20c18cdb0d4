// The ending's tapestry: the wall as it stood at the end of each chapter, woven side by
// side in reading order. Where the panels go is pure arithmetic (tested in Node); the
// panels are painted by the mural's own painter through any `MuralPen`.
import type { ChapterMural } from '../../session/gameState';
import { MURAL_DESCRIPTIONS, type MuralDescriptor } from '../../session/science';
import { hsl, mix } from './colour';
import { lookOf, type MuralLook } from './muralBlend';
import type { MuralFrame, MuralPainter, MuralPen } from './muralPainter';

/** The big wall's proportions, kept by every panel so each reads as the same mural. */
export const PANEL_ASPECT = 1.2;
/** Narrower than this (CSS px), colonies shrink to specks: panels wrap onto another row. */
export const MIN_PANEL_WIDTH = 140;

export interface TapestryLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** The loom's margin and the gap between panels, where the threads show. */
  margin: number;
  gap: number;
  /** One frame per chapter, in the order given: left to right, then top to bottom. */
  panels: MuralFrame[];
}

/**
 * Lays `count` panels out across `width` CSS pixels: as many to a row as fit at
 * `MIN_PANEL_WIDTH` or wider, the rows balanced (7 panels on two rows are 4 and 3, not 6
 * and 1) and a shorter last row centred.
 */
export function tapestryLayout(count: number, width: number): TapestryLayout {
  const w = Math.max(1, width);
  const margin = Math.round(Math.min(14, Math.max(6, w * 0.02)));
  const gap = margin;
  if (count <= 0) {
    return { width: w, height: 0, columns: 0, rows: 0, margin, gap, panels: [] };
  }
  const fit = Math.floor((w - 2 * margin + gap) / (MIN_PANEL_WIDTH + gap));
  const most = Math.max(1, Math.min(count, fit));
  const rows = Math.ceil(count / most);
  const columns = Math.ceil(count / rows);
  const panelWidth = (w - 2 * margin - (columns - 1) * gap) / columns;
  const panelHeight = panelWidth / PANEL_ASPECT;
  const panels: MuralFrame[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, count - row * columns);
    const shift = ((columns - inRow) * (panelWidth + gap)) / 2;
    panels.push({
      x: margin + shift + (i % columns) * (panelWidth + gap),
      y: margin + row * (panelHeight + gap),
      width: panelWidth,
      height: panelHeight,
    });
  }
  return {
    width: w,
    height: 2 * margin + rows * panelHeight + (rows - 1) * gap,
    columns,
    rows,
    margin,
    gap,
    panels,
  };
}

/** The loom behind the panels: a dark cloth whose threads take each wall's colour. */
const LOOM = 0x0b1a20;

/** A wall's border colour, as the painter draws it at rest. */
function threadColour(look: MuralLook): number {
  const saturation = (0.5 + look.bloom * 0.3) * (1 - look.wash * 0.85);
  return hsl(look.hue, saturation, 0.45 + look.wash * 0.3);
}

/**
 * Paints the whole tapestry: the loom, each chapter's wall in its frame, and woven threads
 * in the gaps that carry one chapter's colour into the next. `seconds` is the idle clock
 * (each panel runs a little apart so they do not beat in step); `motion` 0 stills it.
 */
export function paintTapestry(
  pen: MuralPen,
  painter: MuralPainter,
  layout: TapestryLayout,
  murals: readonly MuralDescriptor[],
  seconds: number,
  motion: number,
): void {
  pen.clear();
  if (layout.panels.length === 0) return;
  const looks = murals.map(lookOf);
  pen.fillStyle(LOOM, 1);
  pen.fillRoundedRect(0, 0, layout.width, layout.height, layout.margin);
  weave(pen, layout, looks);
  layout.panels.forEach((frame, i) => {
    const look = looks[i];
    if (look) painter.paint(pen, look, frame, seconds + i * 1.7, motion);
  });
}

/**
 * Short stitches across every gap, alternating between the colours of the panels on either
 * side, as weft threads pass over and under: a chapter's colour runs into the next one.
 */
function weave(pen: MuralPen, layout: TapestryLayout, looks: readonly MuralLook[]): void {
  const colours = looks.map(threadColour);
  const { panels, margin, gap } = layout;
  // A coarse weave: threads about as far apart as the gap is wide, a third as thick.
  const step = Math.max(6, gap * 1.1);
  const thread = Math.max(1.5, gap * 0.34);
  panels.forEach((frame, i) => {
    const own = colours[i] ?? LOOM;
    const next = panels[i + 1];
    const sameRow = next !== undefined && Math.abs(next.y - frame.y) < 1;
    const after = sameRow ? (colours[i + 1] ?? own) : own;
    // Across the gap to the right (to the loom's edge for the last of a row).
    const x0 = frame.x + frame.width;
    const x1 = sameRow && next ? next.x : Math.min(layout.width, x0 + margin);
    for (let y = frame.y + step / 2, k = 0; y < frame.y + frame.height; y += step, k += 1) {
      pen.lineStyle(thread, k % 2 === 0 ? own : after, 0.55);
      pen.lineBetween(x0, y, x1, y);
    }
    // Down to the row below, or to the loom's bottom edge; and up to its top edge.
    const below = Math.min(layout.height, frame.y + frame.height + (gap + margin) / 2);
    const above = Math.max(0, frame.y - margin);
    for (let x = frame.x + step / 2, k = 0; x < frame.x + frame.width; x += step, k += 1) {
      pen.lineStyle(thread, k % 2 === 0 ? own : mix(own, LOOM, 0.4), 0.55);
      pen.lineBetween(x, frame.y + frame.height, x, below);
      if (frame.y - margin < 1) pen.lineBetween(x, above, x, frame.y);
    }
    // And back to the loom's left edge for the first of a row.
    if (frame.x - margin < 1) {
      for (let y = frame.y + step / 2, k = 0; y < frame.y + frame.height; y += step, k += 1) {
        pen.lineStyle(thread, own, k % 2 === 0 ? 0.55 : 0.3);
        pen.lineBetween(0, y, frame.x, y);
      }
    }
  });
}

/**
 * Each panel in words, for the caption: "1. The Festival of Shared Mouths: vibrant. The
 * mural bursts..." (the number is the list's). A state that carries on from the chapter
 * before is not described twice.
 */
export function describePanels(tapestry: readonly ChapterMural[]): string[] {
  return tapestry.map(({ chapter, mural }, i) => {
    const name = chapter?.trim() || (i === 0 ? 'The opening' : `Chapter ${i + 1}`);
    if (i > 0 && tapestry[i - 1]?.mural.state === mural.state) {
      return `${name}: still ${mural.state}.`;
    }
    return `${name}: ${mural.state}. ${MURAL_DESCRIPTIONS[mural.state]}`;
  });
}
