// Paints Kara's living mural from a mural look: each microbial group is a colony of
// soft cells whose size follows its share; the wall's colour follows pH, it pulses with
// acid stress, cracks with enamel loss, glows at the gum line with inflammation and
// washes out after antiseptic.
import type Phaser from 'phaser';
import type { GroupName } from '../../sim';
import { randomStream } from '../../sim/random';
import { hex, hsl, mix } from './colour';
import type { MuralLook } from './muralBlend';

export interface MuralFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Cell {
  angle: number;
  distance: number;
  size: number;
  phase: number;
}

/** Where each group's colony lives on the wall, as fractions of the frame. */
const HOMES: Record<GroupName, { x: number; y: number }> = {
  C: { x: 0.3, y: 0.35 },
  M: { x: 0.68, y: 0.32 },
  L: { x: 0.8, y: 0.6 },
  V: { x: 0.45, y: 0.62 },
  F: { x: 0.2, y: 0.68 },
  P: { x: 0.6, y: 0.8 },
  K: { x: 0.52, y: 0.22 },
};

const CELLS_PER_COLONY = 18;

export class MuralPainter {
  private readonly cells: Record<GroupName, Cell[]>;
  private readonly crackPaths: Array<Array<{ x: number; y: number }>>;

  constructor(private readonly graphics: Phaser.GameObjects.Graphics) {
    // A fixed seed: the same mural state always looks the same, only motion differs.
    const random = randomStream(2147);
    this.cells = {} as Record<GroupName, Cell[]>;
    for (const group of Object.keys(HOMES) as GroupName[]) {
      this.cells[group] = Array.from({ length: CELLS_PER_COLONY }, (_, i) => ({
        angle: random() * Math.PI * 2,
        distance: Math.sqrt((i + random()) / CELLS_PER_COLONY),
        size: 0.55 + random() * 0.6,
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

  /** `seconds` drives the idle life; `motion` 0 stills every pulse and sway. */
  paint(look: MuralLook, frame: MuralFrame, seconds: number, motion: number): void {
    const g = this.graphics;
    g.clear();
    const wash = look.wash;
    const saturation = (0.5 + look.bloom * 0.3) * (1 - wash * 0.85);
    const wall = hsl(look.hue, saturation, 0.16 + look.bloom * 0.06 + wash * 0.35);
    const rim = hsl(look.hue, saturation, 0.45 + wash * 0.3);
    const heartbeat = motion * look.pulse * (0.5 + 0.5 * Math.sin(seconds * (2 + look.pulse * 5)));

    g.fillStyle(wall, 1);
    g.fillRoundedRect(frame.x, frame.y, frame.width, frame.height, 18);
    g.lineStyle(3 + heartbeat * 4, mix(rim, 0xff5a4e, heartbeat * 0.8), 1);
    g.strokeRoundedRect(frame.x, frame.y, frame.width, frame.height, 18);

    // Gum line: inflammation glows along the bottom of the wall.
    if (look.glow > 0.01) {
      for (let band = 0; band < 6; band += 1) {
        g.fillStyle(0xff4f7b, look.glow * 0.12 * (1 - band / 6));
        const h = frame.height * (0.06 + band * 0.045);
        g.fillRoundedRect(frame.x, frame.y + frame.height - h, frame.width, h, 14);
      }
    }

    const unit = Math.min(frame.width, frame.height);
    for (const group of Object.keys(HOMES) as GroupName[]) {
      const share = look.shares[group] ?? 0;
      if (share < 0.002) continue;
      const home = HOMES[group];
      const colour = mix(hex(look.colours[group] ?? '#ffffff'), 0xe8e8e8, wash * 0.7);
      const spread = unit * (0.06 + Math.sqrt(share) * 0.28);
      const count = Math.max(2, Math.round(CELLS_PER_COLONY * Math.min(1, 0.25 + share * 2.5)));
      const cx = frame.x + frame.width * home.x;
      const cy = frame.y + frame.height * home.y;
      for (const cell of this.cells[group].slice(0, count)) {
        const sway = motion * Math.sin(seconds * 0.6 + cell.phase) * 0.08;
        const px = cx + Math.cos(cell.angle + sway) * cell.distance * spread;
        const py = cy + Math.sin(cell.angle + sway) * cell.distance * spread;
        const breathe = 1 + motion * 0.06 * Math.sin(seconds * 1.3 + cell.phase) + heartbeat * 0.18;
        const radius = unit * (0.012 + Math.sqrt(share) * 0.045) * cell.size * breathe;
        g.fillStyle(colour, 0.22);
        g.fillCircle(px, py, radius * 1.8);
        g.fillStyle(colour, 0.85);
        g.fillCircle(px, py, radius);
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
  }
}
