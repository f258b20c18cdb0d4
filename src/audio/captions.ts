// Captions for the sounds that mean something. Every `# sfx:` the story uses is said in
// words in the story log, whether or not sound is on: nothing is told by audio alone.

export const SFX_CAPTIONS: Readonly<Record<string, string>> = {
  alarm: 'An alarm rises from every implant',
  heartbeat: 'A heartbeat thuds, quick and uneasy',
  crowd: 'The murmur of a crowd swells',
  pour: 'Gel glugs as it pours',
  bubble: 'The vats bubble softly',
  drum: 'A drum beats, slow and deep',
  chime: 'A bright chime rings out',
};

/** The caption shown for an effect, in brackets; null for a name with no caption. */
export function captionFor(effect: string): string | null {
  const words = SFX_CAPTIONS[effect.trim().toLowerCase()];
  return words ? `[${words}]` : null;
}
