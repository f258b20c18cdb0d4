// The stage and the sound follow the game state: the backdrop and the music are the
// scene's (state, so a resumed game looks and sounds as it did), the mural is the
// microbiome's, and sound effects and mural pulses belong to the lines just shown.
// Phaser and howler arrive after first paint; whatever arrives draws the state at once.
import { playEffects, playMusic } from '../audio/audioCues';
import type { AudioPort } from '../audio/audioPort';
import { muralCueNamed } from '../narrative/tags';
import type { Stage } from '../scenes/stage';
import type { GameEvent } from '../session/currentGame';
import { type GameState, passageOf } from '../session/gameState';
import { type MuralStroke, wallOpen } from '../session/muralStrokes';
import {
  createMicrobiome,
  MURAL_DESCRIPTIONS,
  type MuralDescriptor,
  muralState,
} from '../session/science';
import { type MuralKey, mountMuralKey } from './muralKey';
import { StrokeTools } from './strokeTools';

/** The backdrop before the story names a place. */
const FIRST_PLACE = 'festival';

/** What the world view asks of the game: the players' strokes go to the session. */
export interface WorldIntents {
  addStroke(stroke: MuralStroke): void;
}

export class WorldView {
  private stage: Stage | null = null;
  private audio: AudioPort | null = null;
  private state: GameState | null = null;
  /** The teacher's gallery shows its own mural in place of the game's. */
  private gallery: MuralDescriptor | null = null;
  private titleMural: MuralDescriptor | null = null;

  /** The mural's key under its words: which shape is which group, and their cards. */
  private readonly key: MuralKey;

  /** The paint box for the wall's open canvas (the aftermath), under the mural's words. */
  private readonly tools: StrokeTools;

  constructor(
    private readonly words: HTMLElement,
    private readonly intents: WorldIntents | null = null,
  ) {
    this.key = mountMuralKey(words, {
      summary: "The mural's key: who lives on the wall",
      open: false,
      stage: document.getElementById('stage'),
    });
    this.tools = new StrokeTools({
      paint: (stroke) => this.paint(stroke),
      brush: (colour) => this.stage?.setBrush(colour),
      preview: (points) => this.stage?.showKeyboardStroke(points),
    });
    if (intents) words.after(this.tools.root);
  }

  /** The stage has loaded: it shows the state straight away. */
  attachStage(stage: Stage): void {
    this.stage = stage;
    stage.onStroke((stroke) => this.paint(stroke));
    this.draw();
  }

  /** A stroke for the wall: the session takes it and every view is handed the new state. */
  private paint(stroke: MuralStroke): void {
    try {
      this.intents?.addStroke(stroke);
    } catch (error) {
      // The session's reason, in words: the wall is full, or the story has moved on.
      const reason = error instanceof Error ? error.message : 'refused';
      this.tools.say(`That stroke did not go on the wall: ${reason}.`);
    }
  }

  /** Sound is allowed (the first gesture): the scene's music starts where the game is. */
  attachAudio(audio: AudioPort): void {
    this.audio = audio;
    if (this.state) playMusic(audio, this.state.scene.music);
  }

  render(event: GameEvent): void {
    const before = this.state;
    this.state = event.kind === 'none' ? null : event.state;
    this.draw();
    const music = this.state?.scene.music ?? null;
    if (this.audio && (before?.scene.music ?? null) !== music) playMusic(this.audio, music);
    if (event.kind !== 'choice' && event.kind !== 'begun') return;
    // Only lines that are news make a sound or a pulse; a redrawn backlog is the past.
    for (const line of passageOf(event.state).lines) {
      if (this.audio) playEffects(this.audio, line.cues);
      if (line.cues.some((cue) => cue.kind === 'mural' && muralCueNamed(cue.value) === 'pulse')) {
        this.stage?.pulseMural();
      }
    }
  }

  /** Shows a state of the teacher's gallery, or (null) the game's own mural again. */
  showGallery(mural: MuralDescriptor | null): void {
    this.gallery = mural;
    this.draw();
  }

  private draw(): void {
    const { state } = this;
    const mural = this.gallery ?? (state ? muralState(state.microbiome) : this.startingMural());
    this.words.textContent = state
      ? `The mural is ${mural.state}: ${MURAL_DESCRIPTIONS[mural.state]}`
      : '';
    this.stage?.showBackdrop(state ? (state.scene.backdrop ?? FIRST_PLACE) : 'title');
    this.stage?.showMural(mural);
    this.key.show(mural);
    // The gallery shows a wall of its own, with no players' paint on it.
    const open = !this.gallery && state !== null && wallOpen(state.scene);
    this.stage?.showStrokes(this.gallery || !state ? [] : state.strokes, open);
    this.tools.render(open && this.intents !== null, state?.strokes.length ?? 0);
  }

  /** The wall on the title: a healthy community, built once when first needed. */
  private startingMural(): MuralDescriptor {
    this.titleMural ??= muralState(createMicrobiome());
    return this.titleMural;
  }
}
