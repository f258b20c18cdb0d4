// Paints Kara's living mural from a mural look. Each microbial group grows in the shape
// it has under a microscope, so the wall teaches as it moves: commensal streptococci and
// S. mutans form chains of beads, lactobacilli are rods, Veillonella tiny paired cocci,
// F. nucleatum long spindles that bridge the colonies, P. gingivalis dark specks at the
// gum line, Candida budding yeast with threads. A group's share sets how much of it
// grows. The wall's colour follows pH, it pulses with acid stress, cracks with enamel
// loss, glows at the gum line with inflammation, washes out after antiseptic and blooms
// when the community flourishes.
import { type GroupName, randomStream } from '../../session/science';
import { COLONIES, COLONY_GROUPS, cellCount, type Form, reachOf, SHOWN_SHARE } from './colonies';
import { hex, hsl, mix } from './colour';
import type { MuralLook } from './muralBlend';
import type { MuralFrame } from './muralFrame';
import { colonyColour, ringColour, smooth, wallColours } from './wallColours';

/**
 * The drawing calls the mural is made of. Phaser's Graphics has every one of them, so the
 * scene hands its Graphics over as it is; `canvasPen` gives them to a plain 2D canvas, so
 * the ending's tapestry paints with exactly the same code. Colours are 0xRRGGBB numbers.
 */
export interface MuralPen {
  clear(): unknown;
  fillStyle(colour: number, alpha?: number): unknown;
  lineStyle(width: number, colour: number, alpha?: number): unknown;
  fillRect(x: number, y: number, width: number, height: number): unknown;
  fillRoundedRect(x: number, y: number, width: number, height: number, radius?: number): unknown;
  strokeRoundedRect(x: number, y: number, width: number, height: number, radius?: number): unknown;
  fillCircle(x: number, y: number, radius: number): unknown;
  /** Centred on x, y; width and height are the full diameters, as in Phaser. */
  fillEllipse(x: number, y: number, width: number, height: number): unknown;
  lineBetween(x1: number, y1: number, x2: number, y2: number): unknown;
  beginPath(): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  strokePath(): unknown;
}

export type { MuralFrame } from './muralFrame';

const GROUPS = COLONY_GROUPS;

interface Seed {
  angle: number;
  distance: number;
  turn: number;
  size: number;
  phase: number;
}

export class MuralPainter {
  private readonly seeds: Record<GroupName, Seed[]>;
  private readonly crackPaths: Array<Array<{ x: number; y: number }>>;
  /** The wall's inner edge for the frame being painted: growth curls back from it. */
  private bounds = { left: 0, top: 0, right: 0, bottom: 0 };

  constructor() {
    // A fixed seed: the same mural state always looks the same, only motion differs.
    const random = randomStream(2147);
    this.seeds = {} as Record<GroupName, Seed[]>;
    for (const group of GROUPS) {
      this.seeds[group] = Array.from({ length: COLONIES[group].most }, (_, i) => ({
        angle: random() * Math.PI * 2,
        // Spread from the first cell on, so even a small colony covers its ground.
        distance: Math.sqrt(random()) * (i === 0 ? 0.2 : 1),
        turn: (random() - 0.5) * Math.PI,
        size: 0.7 + random() * 0.6,
        phase: random() * Math.PI * 2,
      }));
    }
    this.crackPaths = Array.from({ length: 12 }, () => {
      const edge = random();
      let x = edge < 0.5 ? random() : edge < 0.75 ? 0 : 1;
      let y = edge < 0.5 ? (edge < 0.25 ? 0 : 1) : random();
      const path = [{ x, y }];
      for (let step = 0; step < 6; step += 1) {
        x += (0.5 - x) * 0.12 + (random() - 0.5) * 0.09;
        y += (0.5 - y) * 0.12 + (random() - 0.5) * 0.09;
        path.push({ x, y });
      }
      return path;
    });
  }

  /**
   * The whole mural over whatever the pen holds (its owner clears it), so several walls can
   * share a canvas. `seconds` drives the idle life; `motion` 0 stills every pulse and sway.
   */
  paint(pen: MuralPen, look: MuralLook, frame: MuralFrame, seconds: number, motion: number) {
    this.paintWall(pen, look, frame);
    this.paintLife(pen, look, frame, seconds, motion);
  }

  /**
   * What `paintWall` would paint, as a key: it changes only when the wall would look
   * different (colours are compared after rounding to 8 bits, so the last, invisible steps
   * of an easing do not count), which lets a scene keep the wall in a cached layer.
   */
  wallKey(look: MuralLook, frame: MuralFrame): string {
    const { saturation, wall } = wallColours(look);
    const rings = [4, 3, 2, 1].map((ring) => ringColour(look, ring, saturation));
    return [wall, ...rings, frame.x, frame.y, frame.width, frame.height].join(' ');
  }

  /** The wall and its soft inner light: the large, still shapes, under everything else. */
  paintWall(g: MuralPen, look: MuralLook, frame: MuralFrame): void {
    const { saturation, wall } = wallColours(look);
    g.fillStyle(wall, 1);
    g.fillRoundedRect(frame.x, frame.y, frame.width, frame.height, cornerOf(frame));
    const cx = frame.x + frame.width / 2;
    const cy = frame.y + frame.height / 2;
    for (let ring = 4; ring >= 1; ring -= 1) {
      g.fillStyle(ringColour(look, ring, saturation), 0.25);
      g.fillEllipse(cx, cy, frame.width * ring * 0.22, frame.height * ring * 0.22);
    }
  }

  /**
   * What lives and moves on the wall: petals, the gum line's glow, colonies, cracks, rim.
   * `swell` (0..1, see muralPulse.ts) is a `# mural: pulse` cue: colonies grow and glow
   * and the rim lights up; at 0 nothing of it is drawn.
   */
  paintLife(
    g: MuralPen,
    look: MuralLook,
    frame: MuralFrame,
    seconds: number,
    motion: number,
    swell = 0,
  ): void {
    const wash = look.wash;
    const { wall, rim } = wallColours(look);
    // Acid stress quickens the heartbeat; it never flashes faster than about 1.2 Hz.
    const beat = motion * look.pulse * (0.5 + 0.5 * Math.sin(seconds * (2 + look.pulse * 5.5)));
    const unit = Math.min(frame.width, frame.height);
    const corner = cornerOf(frame);
    // When the community flourishes the inner light opens into petals of colour.
    const cx = frame.x + frame.width / 2;
    const cy = frame.y + frame.height / 2;
    const inset = unit * 0.03;
    this.bounds = {
      left: frame.x + inset,
      top: frame.y + inset,
      right: frame.x + frame.width - inset,
      bottom: frame.y + frame.height - inset,
    };
    if (look.bloom > 0.05) this.paintBloom(g, look, cx, cy, unit, seconds, motion);

    // Gum line: inflammation glows along the bottom of the wall.
    if (look.glow > 0.01) {
      for (let band = 0; band < 6; band += 1) {
        g.fillStyle(0xd7263d, look.glow * 0.26 * (1 - band / 6) * (1 + beat * 0.3));
        const h = frame.height * (0.06 + band * 0.05);
        g.fillRoundedRect(frame.x, frame.y + frame.height - h, frame.width, h, corner * 0.78);
      }
    }

    for (const group of GROUPS) {
      const share = look.shares[group] ?? 0;
      if (share < SHOWN_SHARE) continue;
      const colony = COLONIES[group];
      const colour = colonyColour(look, group);
      // After antiseptic few cells are left, and those small: a bare wall, not a faded one.
      const count = cellCount(group, share, wash);
      const reach = reachOf(group, share, frame);
      const scale =
        unit *
        (0.006 + Math.sqrt(share) * 0.014) *
        (1 - wash * 0.35) *
        (1 + beat * 0.15 + swell * 0.35);
      const home = { x: frame.x + frame.width * colony.x, y: frame.y + frame.height * colony.y };
      if (swell > 0) {
        // One soft light under each colony: a handful of circles, cheap on any renderer.
        g.fillStyle(mix(colour, 0xffffff, 0.3), 0.22 * swell);
        g.fillCircle(home.x, home.y, reach * (0.7 + 0.3 * swell));
      }
      for (const seed of this.seeds[group].slice(0, count)) {
        const sway = motion * Math.sin(seconds * 0.5 + seed.phase) * 0.1;
        // Colonies stay on the wall: nothing grows past its frame.
        const margin = unit * 0.06;
        const x = clamp(
          home.x + Math.cos(seed.angle + sway) * seed.distance * reach,
          frame.x + margin,
          frame.x + frame.width - margin,
        );
        const y = clamp(
          home.y + Math.sin(seed.angle + sway) * seed.distance * reach,
          frame.y + margin,
          frame.y + frame.height - margin,
        );
        const breathe = 1 + motion * 0.06 * Math.sin(seconds * 1.3 + seed.phase);
        this.paintForm(
          g,
          colony.form,
          x,
          y,
          scale * seed.size * breathe,
          seed,
          colour,
          seconds,
          motion,
        );
      }
    }

    // Enamel loss: cracks creep in from the wall's edges.
    const crackCount = Math.round(look.cracks * this.crackPaths.length);
    if (crackCount > 0) {
      g.lineStyle(2, mix(wall, 0xfff4e0, 0.7), 0.85);
      for (const path of this.crackPaths.slice(0, crackCount)) {
        g.beginPath();
        path.forEach((point, i) => {
          const x = frame.x + point.x * frame.width;
          const y = frame.y + point.y * frame.height;
          if (i === 0) g.moveTo(x, y);
          else g.lineTo(x, y);
        });
        g.strokePath();
      }
    }

    // The border reddens with acid stress and with inflammation alike.
    const border = mix(rim, 0xe0314f, Math.max(beat * 0.8, look.glow * 0.7));
    g.lineStyle(3 + beat * 4 + swell * 5, mix(border, 0xfff4e0, swell * 0.6), 1);
    g.strokeRoundedRect(frame.x, frame.y, frame.width, frame.height, corner);
  }

  /**
   * One cell (or chain, or thread) of a group, as the wall grows it, centred on x, y: the
   * picture beside the group's name in the mural's key.
   */
  paintSpecimen(
    g: MuralPen,
    group: GroupName,
    colour: string,
    x: number,
    y: number,
    size: number,
  ): void {
    const colony = COLONIES[group];
    const seed = this.seeds[group][0] as Seed;
    // Level and gently curled, whatever angle the wall's first cell happened to take.
    const upright = { ...seed, angle: colony.form === 'spindle' ? 0.5 : 0.2, turn: 0.5 };
    this.bounds = {
      left: x - size * 6,
      top: y - size * 6,
      right: x + size * 6,
      bottom: y + size * 6,
    };
    const at = colony.form === 'chain' ? x - size * 2.7 : x;
    this.paintForm(g, colony.form, at, y, size, upright, hex(colour), 0, 0);
  }

  private paintBloom(
    g: MuralPen,
    look: MuralLook,
    cx: number,
    cy: number,
    unit: number,
    seconds: number,
    motion: number,
  ) {
    // Petals open only as the community truly flourishes: a settled, calm wall (serene)
    // keeps a faint ring, a thriving one (vibrant) bursts into teal, violet and gold.
    const flourish = smooth((look.bloom - 0.6) / 0.4);
    const petals = 9;
    for (let i = 0; i < petals; i += 1) {
      const angle = (i / petals) * Math.PI * 2 + motion * seconds * 0.05;
      const r = unit * 0.26 * look.bloom;
      g.fillStyle(hsl(look.hue + i * 40, 0.75, 0.55), (0.05 + 0.2 * flourish) * look.bloom);
      g.fillEllipse(cx + Math.cos(angle) * r, cy + Math.sin(angle) * r, r * 0.7, r * 0.7);
    }
  }

  private paintForm(
    g: MuralPen,
    form: Form,
    x: number,
    y: number,
    size: number,
    seed: Seed,
    colour: number,
    seconds: number,
    motion: number,
  ) {
    const dim = mix(colour, 0x000000, 0.35);
    switch (form) {
      case 'chain': {
        // Streptococci divide in one plane and stay linked: a curling chain of beads.
        const links = 4;
        let angle = seed.angle;
        let px = x;
        let py = y;
        for (let i = 0; i < links; i += 1) {
          g.fillStyle(colour, 0.2);
          g.fillCircle(px, py, size * 1.6);
          g.fillStyle(colour, 0.9);
          g.fillCircle(px, py, size);
          angle += seed.turn * 0.5 + motion * Math.sin(seconds * 0.7 + seed.phase + i) * 0.15;
          px = clamp(px + Math.cos(angle) * size * 1.9, this.bounds.left, this.bounds.right);
          py = clamp(py + Math.sin(angle) * size * 1.9, this.bounds.top, this.bounds.bottom);
        }
        break;
      }
      case 'rod': {
        const length = size * 3.2;
        const dx = (Math.cos(seed.turn + seed.angle) * length) / 2;
        const dy = (Math.sin(seed.turn + seed.angle) * length) / 2;
        g.lineStyle(size * 2.6, colour, 0.2);
        g.lineBetween(x - dx, y - dy, x + dx, y + dy);
        g.lineStyle(size * 1.4, colour, 0.9);
        g.lineBetween(x - dx, y - dy, x + dx, y + dy);
        g.fillStyle(colour, 0.9);
        g.fillCircle(x - dx, y - dy, size * 0.7);
        g.fillCircle(x + dx, y + dy, size * 0.7);
        break;
      }
      case 'pair': {
        const dx = Math.cos(seed.angle) * size * 0.8;
        const dy = Math.sin(seed.angle) * size * 0.8;
        g.fillStyle(colour, 0.85);
        g.fillCircle(x - dx, y - dy, size * 0.75);
        g.fillCircle(x + dx, y + dy, size * 0.75);
        break;
      }
      case 'spindle': {
        // Fusobacteria are long, tapered threads that bind early and late colonisers.
        const length = size * 9;
        const angle = seed.angle + motion * Math.sin(seconds * 0.4 + seed.phase) * 0.1;
        const dx = (Math.cos(angle) * length) / 2;
        const dy = (Math.sin(angle) * length) / 2;
        g.lineStyle(size * 0.9, colour, 0.75);
        g.lineBetween(x - dx, y - dy, x + dx, y + dy);
        g.lineStyle(size * 0.35, mix(colour, 0xffffff, 0.4), 0.9);
        g.lineBetween(x - dx * 0.6, y - dy * 0.6, x + dx * 0.6, y + dy * 0.6);
        break;
      }
      case 'speck': {
        g.fillStyle(dim, 0.95);
        g.fillEllipse(x, y, size * 1.5, size * 1.1);
        g.fillStyle(colour, 0.5);
        g.fillCircle(x, y, size * 0.45);
        break;
      }
      case 'yeast': {
        // Candida buds, and under sugar it sends out threads (hyphae).
        g.fillStyle(colour, 0.25);
        g.fillCircle(x, y, size * 2.2);
        g.fillStyle(colour, 0.9);
        g.fillEllipse(x, y, size * 2.2, size * 1.7);
        g.fillEllipse(
          x + Math.cos(seed.angle) * size * 1.4,
          y + Math.sin(seed.angle) * size * 1.4,
          size * 1.2,
          size,
        );
        g.lineStyle(Math.max(1, size * 0.3), colour, 0.6);
        g.lineBetween(
          x,
          y,
          x + Math.cos(seed.angle + seed.turn) * size * 5,
          y + Math.sin(seed.angle + seed.turn) * size * 5,
        );
        break;
      }
    }
  }
}

/** Corners keep their look on the big wall and stay in proportion on a small panel. */
function cornerOf(frame: MuralFrame): number {
  return Math.min(18, Math.min(frame.width, frame.height) * 0.05);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
