// The join address as a QR code a class can scan from the projector. uqr gives the modules as a
// grid of booleans; the SVG is built node by node (one <path> of unit squares), so the address
// is never parsed as markup, and the picture is named in words for those who cannot scan it.
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** The path data of the dark modules, one `h1v1h-1z` square per module, in grid units. */
export function qrPath(address: string): { size: number; d: string } {
  // Medium error correction: a projector's glare or a smudge on the screen still scans.
  const { data, size } = encode(address, { ecc: 'M', border: 2 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, d: parts.join('') };
}

/** An `<svg>` QR code of `address`, dark on light (scanners expect it), with a title. */
export function joinQrCode(address: string, label: string): SVGSVGElement {
  const { size, d } = qrPath(address);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'join-qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  const light = document.createElementNS(SVG, 'rect');
  light.setAttribute('width', String(size));
  light.setAttribute('height', String(size));
  light.setAttribute('fill', '#ffffff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000000');
  svg.append(title, light, modules);
  return svg;
}
