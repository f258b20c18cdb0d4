// The mural's drawing calls on a plain 2D canvas, so anything outside Phaser (the ending's
// tapestry) paints the wall with the very same painter, without loading Phaser.
import type { MuralPen } from './muralPainter';

function css(colour: number, alpha: number): string {
  const r = (colour >> 16) & 255;
  const g = (colour >> 8) & 255;
  const b = colour & 255;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** A pen over `context`, in the context's current units (set a transform for high DPI). */
export function canvasPen(context: CanvasRenderingContext2D): MuralPen {
  const c = context;
  // Lines end where they are told, as Phaser's Graphics draws them.
  c.lineCap = 'butt';
  c.lineJoin = 'round';
  const roundedRect = (x: number, y: number, width: number, height: number, radius = 20) => {
    c.beginPath();
    c.roundRect(x, y, width, height, Math.min(radius, width / 2, height / 2));
  };
  return {
    clear() {
      c.save();
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.clearRect(0, 0, c.canvas.width, c.canvas.height);
      c.restore();
    },
    fillStyle(colour, alpha = 1) {
      c.fillStyle = css(colour, alpha);
    },
    lineStyle(width, colour, alpha = 1) {
      c.lineWidth = width;
      c.strokeStyle = css(colour, alpha);
    },
    fillRect(x, y, width, height) {
      c.fillRect(x, y, width, height);
    },
    fillRoundedRect(x, y, width, height, radius) {
      roundedRect(x, y, width, height, radius);
      c.fill();
    },
    strokeRoundedRect(x, y, width, height, radius) {
      roundedRect(x, y, width, height, radius);
      c.stroke();
    },
    fillCircle(x, y, radius) {
      c.beginPath();
      c.arc(x, y, Math.max(0, radius), 0, Math.PI * 2);
      c.fill();
    },
    fillEllipse(x, y, width, height) {
      c.beginPath();
      c.ellipse(x, y, Math.max(0, width / 2), Math.max(0, height / 2), 0, 0, Math.PI * 2);
      c.fill();
    },
    lineBetween(x1, y1, x2, y2) {
      c.beginPath();
      c.moveTo(x1, y1);
      c.lineTo(x2, y2);
      c.stroke();
    },
    beginPath() {
      c.beginPath();
    },
    moveTo(x, y) {
      c.moveTo(x, y);
    },
    lineTo(x, y) {
      c.lineTo(x, y);
    },
    strokePath() {
      c.stroke();
    },
  };
}
