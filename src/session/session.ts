// The game's rules: one role (or a workshop group), one story, one shared microbiome, and
// everything a view shows as one plain `GameState`. Views call the session; they never
// change game state themselves, and they render what `subscribe` hands them.
import {
  Narrative,
  type ParsedStory,
  type Passage,
  type StoryChoice,
} from '../narrative/narrative';
import { cueValue } from '../narrative/tags';
import { createMicrobiome, health, type Microbiome, muralState, ph, shares } from '../sim';
import { ChoiceTracer } from './choiceTrace';
import { endingNow } from './debrief';
import { discussionFor, nextQuestion } from './discussion';
import { type Chooser, chooserOf, type Ensemble, type StoryRole } from './ensemble';
import type {
  AppliedIntervention,
  ChapterMural,
  ChoiceRecord,
  Discussion,
  EndingState,
  GameState,
  Scene,
  TranscriptEntry,
} from './gameState';
import { linesSinceLastChoice, sceneAfter } from './gameState';
import { microbiomeEffects } from './microbiomeEffects';
import { type MuralStroke, strokeProblem, wallOpen } from './muralStrokes';

/** A compiled story as the ink Vite plugin and the tools hand it over. */
export interface CompiledStoryModule {
  json: string;
  version: string;
  /**
   * `json` already parsed (with inkjs's reader, so floats stay floats), frozen, to be shared:
   * the room server parses once and every room's Session builds its Story from this object
   * instead of parsing the text again. Absent in the browser, which plays one story at a time.
   */
  parsed?: ParsedStory;
}

export interface SessionOptions {
  seed?: number;
  /** Leave the story's `role` unset so the story asks (the terminal player, the checker). */
  storyAsksRole?: boolean;
  /** Who plays which role, when the story role is "ensemble". */
  ensemble?: Ensemble;
}

/**
 * What changed, so a view can animate it: a new passage, only the hold on play, or only the
 * players' strokes on the wall.
 */
export type Change = 'choice' | 'hold' | 'stroke';

export type SessionListener = (state: GameState, change: Change) => void;

/** A request the rules refuse (a choice while play is held, a choice that is not offered). */
export class SessionError extends Error {
  override name = 'SessionError';
}

export class Session {
  private readonly narrative: Narrative;
  private readonly world: { microbiome: Microbiome };
  private readonly records: ChoiceRecord[] = [];
  private readonly history: TranscriptEntry[] = [];
  private readonly panels: ChapterMural[] = [];
  private applied: AppliedIntervention[] = [];
  /** What the simulation goes through while a choice plays out, for its record. */
  private readonly tracer = new ChoiceTracer();
  private currentChapter: string | null = null;
  private current: Passage;
  private scene: Scene = { backdrop: null, music: null };
  private discussion: Discussion | null = null;
  private paused = false;
  private ending: EndingState | null = null;
  private readonly strokes: MuralStroke[] = [];
  private readonly listeners = new Set<SessionListener>();

  /** The group's setup in ensemble play; null in solo play. */
  readonly ensemble: Ensemble | null;

  private constructor(
    private readonly compiled: CompiledStoryModule,
    readonly role: StoryRole,
    microbiome: Microbiome,
    options: SessionOptions,
  ) {
    if (role === 'ensemble' && !options.ensemble) {
      throw new Error('An ensemble game needs to know who plays which role.');
    }
    this.ensemble = role === 'ensemble' ? (options.ensemble ?? null) : null;
    this.world = { microbiome };
    const effects = microbiomeEffects(
      this.world,
      (name, dose, minute) => {
        this.applied.push({ name, dose, minute });
        this.tracer.applied(name, dose, this.world.microbiome);
      },
      (minutes, samples) => this.tracer.advanced(minutes, samples),
    );
    this.narrative = new Narrative(compiled.parsed ?? compiled.json, effects);
    // A story without roles (a writer's test file) simply plays as itself.
    if (!options.storyAsksRole && this.narrative.hasVariable('role')) {
      this.narrative.setVariable('role', role);
    }
    if (this.ensemble && this.narrative.hasVariable('ensemble_length')) {
      this.narrative.setVariable('ensemble_length', this.ensemble.length);
    }
    this.current = { lines: [], choices: [], ended: false };
  }

  static begin(
    compiled: CompiledStoryModule,
    role: StoryRole,
    options: SessionOptions = {},
  ): Session {
    const session = new Session(
      compiled,
      role,
      createMicrobiome({ seed: options.seed ?? 1 }),
      options,
    );
    session.arrive(session.read(session.narrative.next()));
    return session;
  }

  /**
   * Plays a recorded path of choice texts against a (possibly edited) story. Stops at
   * the first choice the story no longer offers, so the caller can say how far it got.
   */
  static replay(
    compiled: CompiledStoryModule,
    role: StoryRole,
    choiceTexts: readonly string[],
    options: SessionOptions = {},
  ): { session: Session; replayed: number } {
    const session = Session.begin(compiled, role, options);
    let replayed = 0;
    for (const text of choiceTexts) {
      const choice = session.passage.choices.find((c) => c.text === text);
      if (!choice) break;
      // The group talked it over when the game was first played.
      session.endDiscussion();
      session.choose(choice.index);
      replayed += 1;
    }
    return { session, replayed };
  }

  /**
   * Continues a saved game exactly where it stopped: the ink state, the microbiome, the
   * log and the backlog are taken as saved, nothing is replayed. Only valid for the story
   * version the state was saved with (see saveGame.ts for edited stories).
   */
  static resume(compiled: CompiledStoryModule, state: GameState): Session {
    const session = new Session(compiled, state.role, plainCopy(state.microbiome), {
      ensemble: state.ensemble,
    });
    session.narrative.loadState(state.story);
    session.records.push(...plainCopy(state.log));
    session.history.push(...plainCopy(state.transcript));
    session.panels.push(...plainCopy(state.tapestry));
    session.currentChapter = state.chapter;
    session.scene = { ...state.scene };
    // Only a workshop holds play; a solo save claiming otherwise must not lock its player out.
    session.discussion = session.ensemble && state.discussion ? plainCopy(state.discussion) : null;
    session.paused = session.ensemble !== null && state.paused;
    session.ending = state.ending ? { ...state.ending } : null;
    session.strokes.push(...plainCopy(state.strokes));
    const waiting = session.narrative.next();
    if (waiting.lines.length > 0) {
      // The ink state was saved at a choice: anything further means it is not this story's.
      throw new SessionError('the saved story state does not stop at a choice');
    }
    session.current = {
      lines: linesSinceLastChoice(state.transcript),
      choices: waiting.choices,
      ended: waiting.ended,
    };
    return session;
  }

  /** The passage on screen now: lines since the last choice, and the choices. */
  get passage(): Passage {
    return this.current;
  }

  get microbiome(): Microbiome {
    return this.world.microbiome;
  }

  get chapter(): string | null {
    return this.currentChapter;
  }

  /** Every line shown and every choice made, in order: the backlog. */
  get transcript(): readonly TranscriptEntry[] {
    return this.history;
  }

  get mode(): 'solo' | 'ensemble' {
    return this.ensemble ? 'ensemble' : 'solo';
  }

  get log(): readonly ChoiceRecord[] {
    return this.records;
  }

  /** The mural at the end of each chapter so far, the current one last: the tapestry. */
  get tapestry(): readonly ChapterMural[] {
    return this.panels;
  }

  get storyVersion(): string {
    return this.compiled.version;
  }

  /** Where the story is and how it sounds now. */
  get place(): Scene {
    return this.scene;
  }

  /** The discussion holding play, if any (workshop play with discussion on). */
  get pendingDiscussion(): Discussion | null {
    return this.discussion;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** How the story ended, once it has. */
  get endingState(): EndingState | null {
    return this.ending;
  }

  choose(index: number): Passage {
    if (this.paused) throw new SessionError('play is paused');
    if (this.discussion) throw new SessionError('the group is still discussing');
    const choice = this.current.choices[index];
    if (!choice) throw new SessionError(`there is no choice ${index + 1} to make here`);
    const chapter = this.currentChapter;
    this.applied = [];
    this.tracer.begin(this.world.microbiome);
    const chooser = this.chooserOf(choice.cues);
    this.narrative.choose(index);
    this.history.push({ kind: 'choice', text: choice.text, role: chooser });
    const passage = this.read(this.narrative.next());
    this.records.push({
      turn: this.records.length + 1,
      role: chooser,
      chapter,
      text: choice.text,
      interventions: this.applied,
      minute: this.world.microbiome.minute,
      ph: ph(this.world.microbiome),
      health: health(this.world.microbiome),
      shares: shares(this.world.microbiome),
      mural: muralState(this.world.microbiome).state,
      ...this.tracer.finish(this.world.microbiome),
    });
    this.applied = [];
    this.paintPanel(chapter);
    // The ending's own chapter has no choices: its panel is the community as the story ends.
    if (passage.ended && this.currentChapter !== chapter) this.paintPanel(this.currentChapter);
    this.arrive(passage);
    this.notify('choice');
    return passage;
  }

  /** The facilitator pauses or resumes a workshop; solo play has no pause. */
  setPaused(paused: boolean): void {
    if (!this.ensemble || this.paused === paused) return;
    // A discussion already holds play, full screen: a pause under it would be unseen.
    if (paused && this.discussion) return;
    this.paused = paused;
    this.notify('hold');
  }

  /** The facilitator skips what is left of a discussion (and the tools, which play on). */
  endDiscussion(): void {
    if (!this.discussion) return;
    this.discussion = null;
    this.notify('hold');
  }

  /** The facilitator moves on: the next question of the discussion, or back to the story. */
  continueDiscussion(): void {
    if (!this.discussion) return;
    this.discussion = nextQuestion(this.discussion);
    this.notify('hold');
  }

  /** A player paints on the wall; only the aftermath's open wall takes strokes. */
  addStroke(stroke: MuralStroke): void {
    if (!wallOpen(this.scene)) throw new SessionError('the wall takes paint in the aftermath');
    const problem = strokeProblem(stroke, this.strokes.length);
    if (problem) throw new SessionError(problem);
    // Stamped with its moment, so a rewind or a replay knows whether it was painted yet.
    this.strokes.push({ ...plainCopy(stroke), afterChoice: this.records.length });
    this.notify('stroke');
  }

  hasStoryVariable(name: string): boolean {
    return this.narrative.hasVariable(name);
  }

  /** How often the story has visited a knot or `knot.stitch` (for coverage). */
  visitCount(path: string): number {
    return this.narrative.visitCount(path);
  }

  /** Calls `listener` with the new state after every change. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The whole game as plain data. */
  state(): GameState {
    return {
      storyVersion: this.compiled.version,
      mode: this.mode,
      role: this.role,
      ...(this.ensemble ? { ensemble: plainCopy(this.ensemble) } : {}),
      chapter: this.currentChapter,
      story: this.narrative.saveState(),
      microbiome: plainCopy(this.world.microbiome),
      log: plainCopy(this.records),
      transcript: plainCopy(this.history),
      tapestry: plainCopy(this.panels),
      scene: { ...this.scene },
      choices: plainCopy(this.current.choices),
      turn: this.chooser,
      discussion: this.discussion ? plainCopy(this.discussion) : null,
      paused: this.paused,
      ended: this.current.ended,
      ending: this.ending ? { ...this.ending } : null,
      strokes: plainCopy(this.strokes),
      format: 2,
    };
  }

  private read(passage: Passage): Passage {
    for (const line of passage.lines) {
      this.history.push({ kind: 'line', line });
      this.currentChapter = cueValue(line.cues, 'chapter') ?? this.currentChapter;
      this.scene = sceneAfter(this.scene, line.cues);
    }
    return passage;
  }

  /**
   * A new passage is on screen: a workshop with discussion on holds for its questions, and
   * an ended story is judged once, so every view shows the same ending with the same reason.
   */
  private arrive(passage: Passage): void {
    this.current = passage;
    this.discussion = discussionFor(passage, this.ensemble);
    if (passage.ended && !this.ending) {
      this.ending = endingNow(this.world.microbiome);
    }
  }

  /** Who the waiting choices belong to (the first one's tag decides); null at the end. */
  get chooser(): Chooser | null {
    const first = this.current.choices[0];
    return first ? this.chooserOf(first.cues) : null;
  }

  /** Whose turn a choice is: the solo player's always; in ensemble, its `# role:` tag's. */
  private chooserOf(cues: StoryChoice['cues']): Chooser {
    if (this.role !== 'ensemble') return this.role;
    return chooserOf(cues);
  }

  /** A chapter's panel shows the mural after the last choice made in that chapter. */
  private paintPanel(chapter: string | null): void {
    const mural = muralState(this.world.microbiome);
    const last = this.panels[this.panels.length - 1];
    if (last && last.chapter === chapter) last.mural = mural;
    else this.panels.push({ chapter, mural });
  }

  private notify(change: Change): void {
    if (this.listeners.size === 0) return;
    const state = this.state();
    for (const listener of this.listeners) listener(state, change);
  }
}

/** Game state is JSON by contract; copying through JSON also keeps it honest. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
