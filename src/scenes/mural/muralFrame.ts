// Where the mural's wall sits on the stage: shared by the Phaser scene and the still the page
// shows before Phaser has started, so both put the wall in the same place.

/** Where a wall is painted, in the pen's pixels. */
export interface MuralFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the wall hangs in a stage of this size: centred, 1.2 times wider than high. */
export function muralFrame(width: number, height: number): MuralFrame {
  const size = Math.min(width * 0.86, height * 0.8);
  const frame = {
    x: (width - size * 1.2) / 2,
    y: (height - size) / 2,
    width: size * 1.2,
    height: size,
  };
  if (frame.width > width * 0.94) {
    frame.width = width * 0.94;
    frame.x = width * 0.03;
  }
  return frame;
}
