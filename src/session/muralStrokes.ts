// The players' strokes on Kara's wall: in the aftermath the wall becomes an open canvas,
// and whatever the players paint on it is part of the game (saved with it, shown in the
// debrief). A stroke is plain data in the wall's own coordinates (0-1 across and down its
// frame), so it lands in the same place on a phone, a laptop and a projector.

/** The paints on offer: the four roles' colours and a chalk white, named for people. */
export const STROKE_COLOURS = {
  moss: { hex: '#7fe0c4', words: 'moss green' },
  lantern: { hex: '#ffc46b', words: 'lantern gold' },
  berry: { hex: '#f29bd2', words: 'berry pink' },
  sky: { hex: '#9ec3ff', words: 'sky blue' },
  chalk: { hex: '#f4efe6', words: 'chalk white' },
} as const;

export type StrokeColour = keyof typeof STROKE_COLOURS;
export const STROKE_COLOUR_IDS = Object.keys(STROKE_COLOURS) as [StrokeColour, ...StrokeColour[]];

/** A point on the wall: [across, down], each 0-1 of the wall's frame. */
export type WallPoint = [number, number];

export interface MuralStroke {
  colour: StrokeColour;
  points: WallPoint[];
  /**
   * How many choices had been made when it was painted (the session stamps it). A rewind
   * or a replay puts a stroke back only where the game has reached that choice again, so a
   * rewind to before the aftermath takes the paint away and a shorter one keeps it. Saves
   * from before it was kept have none (see `paintedAfter`).
   */
  afterChoice?: number;
}

/** When a stroke was painted; one from an older save counts as painted at `fallback`. */
export function paintedAfter(stroke: MuralStroke, fallback: number): number {
  return stroke.afterChoice ?? fallback;
}

/**
 * The strokes that belong to the game once it stands after `choices` choices again:
 * those painted then or earlier. `now` is how many choices the game they come from has
 * made (an unstamped stroke is taken as painted then: never kept past a rewind).
 */
export function strokesUpTo(
  strokes: readonly MuralStroke[],
  choices: number,
  now: number,
): MuralStroke[] {
  return strokes.filter((stroke) => paintedAfter(stroke, now) <= choices);
}

/**
 * Bounds that keep a save small (at most about 120 x 64 x 2 numbers, some 100 KB of JSON)
 * and a frame cheap: a class can cover the wall many times over before it is full.
 */
export const MAX_STROKES = 120;
export const MAX_STROKE_POINTS = 64;

/** Whether the wall takes strokes now: in the aftermath, the story's open canvas. */
export function wallOpen(scene: { backdrop: string | null }): boolean {
  return scene.backdrop === 'aftermath';
}

/** Why a stroke cannot go on the wall, in words for a player; null if it can. */
export function strokeProblem(stroke: MuralStroke, strokesSoFar: number): string | null {
  if (strokesSoFar >= MAX_STROKES) return `the wall is full (${MAX_STROKES} strokes)`;
  if (!(stroke.colour in STROKE_COLOURS)) return 'that paint is not on the palette';
  if (stroke.points.length < 1 || stroke.points.length > MAX_STROKE_POINTS) {
    return `a stroke has 1 to ${MAX_STROKE_POINTS} points`;
  }
  const onWall = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!stroke.points.every(([x, y]) => onWall(x) && onWall(y))) return 'a stroke left the wall';
  return null;
}

/** Three decimals: a thousandth of the wall is finer than any screen shows it. */
const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;

/**
 * A hand's path made into a stroke the wall takes: clamped to the wall, rounded, points
 * closer than `spacing` to the last kept one dropped, and then, if still too many, thinned
 * evenly (keeping both ends) to at most MAX_STROKE_POINTS.
 */
export function strokeFrom(
  colour: StrokeColour,
  path: readonly WallPoint[],
  spacing = 0.004,
): MuralStroke {
  const kept: WallPoint[] = [];
  for (const [x, y] of path) {
    const point: WallPoint = [round(x), round(y)];
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= spacing) kept.push(point);
  }
  const lastOfPath = path[path.length - 1];
  if (lastOfPath && kept.length > 1)
    kept[kept.length - 1] = [round(lastOfPath[0]), round(lastOfPath[1])];
  if (kept.length <= MAX_STROKE_POINTS) return { colour, points: kept };
  const step = (kept.length - 1) / (MAX_STROKE_POINTS - 1);
  const points = Array.from(
    { length: MAX_STROKE_POINTS },
    (_, i) => kept[Math.round(i * step)] as WallPoint,
  );
  return { colour, points };
}
