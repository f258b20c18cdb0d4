// The terminal player's core, matching `inklecate -p` byte for byte: each line exactly as
// ink produced it, `# tags: a, b` after a tagged line, a blank line before the numbered
// choices, the `?> ` prompt, and inklecate's messages for bad input and closed input.
// Pure text in, text out, so tests can compare whole transcripts.
import { type Narrative, NarrativeError } from '../src/narrative/narrative';

const HELP =
  "Type a choice number, a divert (e.g. '-> myKnot'), an expression, or a variable assignment (e.g. 'x = 5')";

export class InklecatePlayer {
  private over = false;

  constructor(private readonly narrative: Narrative) {}

  get finished(): boolean {
    return this.over;
  }

  /** Everything up to the first prompt, or the whole story if it has no choices. */
  begin(): string {
    return this.evaluate() + this.offer();
  }

  /** One line typed by the player (null: the input closed). Output up to the next prompt. */
  answer(input: string | null): string {
    if (this.over) return '';
    if (input === null) {
      this.over = true;
      return '<User input stream closed.>\n';
    }
    const typed = input.trim();
    const count = this.narrative.choiceTexts.length;
    if (/^\d+$/.test(typed)) {
      const index = Number(typed) - 1;
      if (index < 0 || index >= count) return 'Choice out of range\n?> ';
      this.narrative.choose(index);
      return this.evaluate() + this.offer();
    }
    if (typed === 'help') return `${HELP}\n?> `;
    if (typed === 'exit' || typed === 'quit') {
      this.over = true;
      return '';
    }
    const divert = /^->\s*([\w.]+)$/.exec(typed);
    if (divert?.[1]) {
      try {
        this.narrative.goTo(divert[1]);
      } catch (error) {
        return `${error instanceof Error ? error.message : String(error)}\n?> `;
      }
      return this.evaluate() + this.offer();
    }
    return "Unexpected input. Type 'help' or a choice number.\n?> ";
  }

  private evaluate(): string {
    let out = '';
    try {
      while (this.narrative.canContinue) {
        const { text, tags } = this.narrative.continueLine();
        out += text;
        if (tags.length > 0) out += `# tags: ${tags.join(', ')}\n`;
      }
    } catch (error) {
      if (!(error instanceof NarrativeError)) throw error;
      out += `${error.message}\n`;
      this.over = true;
    }
    return out;
  }

  private offer(): string {
    const choices = this.narrative.choiceTexts;
    if (this.over || choices.length === 0) {
      this.over = true;
      return '';
    }
    return `\n${choices.map((text, i) => `${i + 1}: ${text}\n`).join('')}?> `;
  }
}
