// The inkjs bridge: runs the compiled story, binds the EXTERNALs to the story effects and
// turns ink's output into plain passages (lines with cues, choices) the shell can show.
import { Story } from 'inkjs';
import { EXTERNAL_FUNCTIONS, type StoryEffects } from './storyEffects';
import { type Cue, parseTags } from './tags';

export interface StoryLine {
  text: string;
  cues: Cue[];
}

export interface StoryChoice {
  /** Position in the current choice list: what `choose()` takes. */
  index: number;
  text: string;
  cues: Cue[];
}

/** Everything the story says between two choices. */
export interface Passage {
  lines: StoryLine[];
  choices: StoryChoice[];
  ended: boolean;
}

export class NarrativeError extends Error {
  constructor(
    message: string,
    readonly path: string | null,
  ) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'NarrativeError';
  }
}

export type StoryValue = string | number | boolean;

/** A compiled story parsed by inkjs's float-keeping reader (see src/server/story.ts). */
export type ParsedStory = Readonly<Record<string, unknown>>;

/** Text saved by some editors starts with a byte-order mark, which JSON does not allow. */
export function withoutBom(json: string): string {
  return json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
}

export class Narrative {
  private readonly story: Story;
  private readonly errors: string[] = [];
  /** Where the last chosen choice was written: the best place to blame if the flow breaks. */
  private lastChoiceSource: string | null = null;
  readonly warnings: string[] = [];

  /**
   * `story` is the compiled JSON text, or that text as inkjs's own reader parsed it
   * (`parseStoryJson`): a server parses once and hands the same object to every room.
   */
  constructor(story: string | ParsedStory, effects: StoryEffects) {
    // A string is parsed here by inkjs's reader, which keeps ink's int/float distinction
    // (bare JSON.parse would lose it); a parsed object is only read, never changed.
    this.story =
      typeof story === 'string' ? new Story(withoutBom(story)) : new Story(story as object);
    this.story.allowExternalFunctionFallbacks = false;
    this.story.onError = (message, type) => {
      if (type === 1) this.warnings.push(message);
      else this.errors.push(message);
    };
    for (const external of EXTERNAL_FUNCTIONS) {
      const run = effects[external.name] as (...args: unknown[]) => unknown;
      this.story.BindExternalFunction(
        external.name,
        (...args: unknown[]) => run.apply(effects, args),
        external.lookaheadSafe,
      );
    }
  }

  /** Runs the story up to the next choice or the end. */
  next(): Passage {
    const lines: StoryLine[] = [];
    while (this.canContinue) {
      const { text, tags } = this.continueLine();
      const cues = parseTags(tags);
      // Logic-only lines come back empty; a line that only carries tags still matters.
      if (text.trim() === '' && cues.length === 0) continue;
      lines.push({ text: text.trim(), cues });
    }
    const choices = this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text.trim(),
      cues: parseTags(choice.tags),
    }));
    return { lines, choices, ended: choices.length === 0 };
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  /** One line exactly as ink produced it (with its newline) and its raw tags. */
  continueLine(): { text: string; tags: string[] } {
    const text = this.guard(() => this.story.Continue()) ?? '';
    return { text, tags: [...(this.story.currentTags ?? [])] };
  }

  /** The current choices' texts exactly as ink produced them. */
  get choiceTexts(): string[] {
    return this.story.currentChoices.map((choice) => choice.text);
  }

  hasVariable(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new NarrativeError(
        count === 0
          ? 'there is no choice to make here'
          : `choice ${index + 1} does not exist: pick 1 to ${count}`,
        this.path,
      );
    }
    this.lastChoiceSource = this.story.currentChoices[index]?.sourcePath ?? null;
    this.guard(() => this.story.ChooseChoiceIndex(index));
  }

  get path(): string | null {
    return this.story.state.currentPathString;
  }

  /** The ink state as JSON: part of a save. */
  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.guard(() => this.story.state.LoadJson(json));
  }

  getVariable(name: string): StoryValue | undefined {
    return this.story.variablesState.$(name) as StoryValue | undefined;
  }

  setVariable(name: string, value: StoryValue): void {
    this.guard(() => this.story.variablesState.$(name, value));
  }

  /** Jump to a knot or `knot.stitch`, e.g. for a debug panel or a chapter select. */
  goTo(path: string): void {
    this.guard(() => this.story.ChoosePathString(path));
  }

  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  private get whereabouts(): string | null {
    return this.path ?? this.lastChoiceSource;
  }

  private guard<T>(step: () => T): T {
    let result: T;
    try {
      result = step();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new NarrativeError(this.errors.splice(0).join('; ') || message, this.whereabouts);
    }
    if (this.errors.length > 0) {
      throw new NarrativeError(this.errors.splice(0).join('; '), this.whereabouts);
    }
    return result;
  }
}
