// The skies of the bio-hub, painted procedurally: a gradient and the domes of Neo-anthropolis,
// in each place's palette (its spores drift as particles, bioHubScene.ts).
import { mix } from './mural/colour';

export interface BackdropPalette {
  skyTop: number;
  skyBottom: number;
  domes: number;
  spores: number;
}

export const BACKDROPS: Record<string, BackdropPalette> = {
  title: { skyTop: 0x081a22, skyBottom: 0x1d4a4f, domes: 0x0d2a30, spores: 0x9ff5d8 },
  festival: { skyTop: 0x2a1140, skyBottom: 0xd9775a, domes: 0x3a1d3c, spores: 0xffe3a1 },
  gathering: { skyTop: 0x0b2233, skyBottom: 0x2f6f73, domes: 0x0e3038, spores: 0xbff7e6 },
  clinic: { skyTop: 0x16303f, skyBottom: 0x8fc3cc, domes: 0x26495a, spores: 0xffffff },
  workshop: { skyTop: 0x1b2a1a, skyBottom: 0x8a7a3c, domes: 0x22311f, spores: 0xd8f7a0 },
  ritual: { skyTop: 0x12082a, skyBottom: 0x7a3b6e, domes: 0x1e0f2e, spores: 0xffc9f0 },
  aftermath: { skyTop: 0x0d2a3a, skyBottom: 0xa8d8c0, domes: 0x173c48, spores: 0xfff6c8 },
  night: { skyTop: 0x05071a, skyBottom: 0x24204f, domes: 0x0b0c24, spores: 0xc9b8ff },
};

const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/** Which palette shows, easing over 1.5 s from one place to the next. */
export class BackdropPainter {
  private current: BackdropPalette = BACKDROPS.title as BackdropPalette;
  private target: BackdropPalette = this.current;
  private blend = 1;

  show(name: string): void {
    const palette = BACKDROPS[name];
    if (!palette || palette === this.target) return;
    this.current = this.mixed();
    this.target = palette;
    this.blend = 0;
  }

  /** Moves the easing on and returns the palette to paint now. */
  advance(deltaSeconds: number): BackdropPalette {
    this.blend = Math.min(1, this.blend + deltaSeconds / 1.5);
    return this.mixed();
  }

  private mixed(): BackdropPalette {
    const t = this.blend;
    return {
      skyTop: mix(this.current.skyTop, this.target.skyTop, t),
      skyBottom: mix(this.current.skyBottom, this.target.skyBottom, t),
      domes: mix(this.current.domes, this.target.domes, t),
      spores: mix(this.current.spores, this.target.spores, t),
    };
  }
}

/** The still part, the sky and the domes: painted once per place, not once per frame. */
export function paintSky(
  context: CanvasRenderingContext2D,
  palette: BackdropPalette,
  width: number,
  height: number,
): void {
  const sky = context.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, css(palette.skyTop));
  sky.addColorStop(1, css(palette.skyBottom));
  context.fillStyle = sky;
  context.fillRect(0, 0, width, height);
  context.fillStyle = css(palette.domes);
  const base = height * 0.92;
  for (let i = 0; i < 7; i += 1) {
    const x = (width * (i + 0.5)) / 7;
    const r = height * (0.16 + ((i * 37) % 5) * 0.03);
    context.beginPath();
    context.ellipse(x, base, r * 1.1, r, 0, 0, Math.PI * 2);
    context.fill();
  }
  context.fillRect(0, base, width, height - base);
}
