// Colour arithmetic for the procedural painters, as 0xRRGGBB numbers Phaser takes.

export function hsl(hue: number, saturation: number, lightness: number): number {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = clamp01(saturation);
  const l = clamp01(lightness);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return rgb(channel(h + 1 / 3), channel(h), channel(h - 1 / 3));
}

export function hex(colour: string): number {
  const value = Number.parseInt(colour.replace('#', ''), 16);
  return Number.isFinite(value) ? value : 0xffffff;
}

/** Mixes two colours; `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const k = clamp01(t);
  const channel = (shift: number) =>
    Math.round(((a >> shift) & 255) * (1 - k) + ((b >> shift) & 255) * k);
  return (channel(16) << 16) | (channel(8) << 8) | channel(0);
}

function rgb(r: number, g: number, b: number): number {
  return (Math.round(r * 255) << 16) | (Math.round(g * 255) << 8) | Math.round(b * 255);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
