// The game's rules for solo play: one role, one story, one shared microbiome. Views call
// the session; they never change game state themselves.
import { Narrative, type Passage } from '../narrative/narrative';
import type { StoryEffects } from '../narrative/storyEffects';
import { cueValue } from '../narrative/tags';
import {
  advance,
  applyIntervention,
  classifyEnding,
  createMicrobiome,
  evenness,
  GROUPS,
  type GroupName,
  health,
  type Microbiome,
  muralState,
  ph,
  SimInputError,
  shares,
} from '../sim';
import type { AppliedIntervention, ChoiceRecord, GameState } from './gameState';
import type { RoleId } from './roles';

/** A compiled story as the ink Vite plugin and the tools hand it over. */
export interface CompiledStoryModule {
  json: string;
  version: string;
}

export interface SessionOptions {
  seed?: number;
}

export type SessionListener = (session: Session) => void;

export class Session {
  private readonly narrative: Narrative;
  private world: Microbiome;
  private readonly records: ChoiceRecord[] = [];
  private applied: AppliedIntervention[] = [];
  private currentChapter: string | null = null;
  private current: Passage;
  private readonly listeners = new Set<SessionListener>();

  private constructor(
    private readonly compiled: CompiledStoryModule,
    readonly role: RoleId,
    microbiome: Microbiome,
  ) {
    this.world = microbiome;
    this.narrative = new Narrative(compiled.json, this.storyEffects());
    this.narrative.setVariable('role', role);
    this.current = { lines: [], choices: [], ended: false };
  }

  static begin(
    compiled: CompiledStoryModule,
    role: RoleId,
    options: SessionOptions = {},
  ): Session {
    const session = new Session(compiled, role, createMicrobiome({ seed: options.seed ?? 1 }));
    session.current = session.read(session.narrative.next());
    return session;
  }

  /**
   * Plays a recorded path of choice texts against a (possibly edited) story. Stops at
   * the first choice the story no longer offers, so the caller can say how far it got.
   */
  static replay(
    compiled: CompiledStoryModule,
    role: RoleId,
    choiceTexts: readonly string[],
    options: SessionOptions = {},
  ): { session: Session; replayed: number } {
    const session = Session.begin(compiled, role, options);
    let replayed = 0;
    for (const text of choiceTexts) {
      const choice = session.passage.choices.find((c) => c.text === text);
      if (!choice) break;
      session.choose(choice.index);
      replayed += 1;
    }
    return { session, replayed };
  }

  /** The passage on screen now: lines since the last choice, and the choices. */
  get passage(): Passage {
    return this.current;
  }

  get microbiome(): Microbiome {
    return this.world;
  }

  get chapter(): string | null {
    return this.currentChapter;
  }

  get log(): readonly ChoiceRecord[] {
    return this.records;
  }

  get storyVersion(): string {
    return this.compiled.version;
  }

  choose(index: number): Passage {
    const choice = this.current.choices[index];
    const chapter = this.currentChapter;
    this.applied = [];
    this.narrative.choose(index);
    const passage = this.read(this.narrative.next());
    this.records.push({
      turn: this.records.length + 1,
      role: this.role,
      chapter,
      text: choice?.text ?? '',
      interventions: this.applied,
      minute: this.world.minute,
      ph: ph(this.world),
      health: health(this.world),
      mural: muralState(this.world).state,
    });
    this.applied = [];
    this.current = passage;
    this.notify();
    return passage;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The whole game as plain data. */
  state(): GameState {
    return {
      format: 1,
      storyVersion: this.compiled.version,
      mode: 'solo',
      role: this.role,
      chapter: this.currentChapter,
      story: this.narrative.saveState(),
      microbiome: structuredClone(this.world),
      log: structuredClone(this.records),
      ended: this.current.ended,
    };
  }

  private read(passage: Passage): Passage {
    for (const line of passage.lines) {
      this.currentChapter = cueValue(line.cues, 'chapter') ?? this.currentChapter;
    }
    return passage;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this);
  }

  private storyEffects(): StoryEffects {
    return {
      apply: (intervention, dose) => {
        this.world = applyIntervention(this.world, intervention, dose);
        this.applied.push({ name: intervention, dose, minute: this.world.minute });
      },
      advance: (minutes) => {
        this.world = advance(this.world, minutes);
      },
      ph: () => ph(this.world),
      health: () => health(this.world),
      diversity: () => evenness(this.world),
      share: (group) => {
        if (!(GROUPS as readonly string[]).includes(group)) {
          throw new SimInputError(
            `share("${group}"): unknown group; use one of ${GROUPS.join(', ')}`,
          );
        }
        return shares(this.world)[group as GroupName];
      },
      mural: () => muralState(this.world).state,
      ending: () => classifyEnding(this.world),
    };
  }
}
