// Build-time only: writes a compiled story as the JSON the inkjs runtime reads back with
// every number's type intact, in Node 20 as in Chrome, Firefox and Safari.
//
// inkjs 2.4.0 loses float types twice:
// * Writing: its JSON writer hands numbers to JSON.stringify, so the float `2.0` comes out
//   as `2` and is read back as an int (`{ 5 / 2.0 }` printed 2, inklecate prints 2.5).
// * Reading: where JSON.parse cannot show a reviver the number's source text (Node 20,
//   Safari), the runtime marks floats with `/(,\s*)([0-9]+\.[0]+)([,]*)/g` run over the
//   whole text. That bites into `0.05` (`,"0.0f"5`: the JSON no longer parses) and into
//   any string holding a comma before such a number (`"^pH 7, 6.0"`).
// The runtime's one type-exact form is a string token `"<digits>.<digits>f"`, which it
// turns into a float on every platform; negative floats are not accepted in that form.

import { SimpleJson } from 'inkjs/engine/SimpleJson';
import type { Story } from 'inkjs/full';

/** The story's runtime JSON, floats kept as floats and strings safe from the float regex. */
export function storyToRuntimeJson(story: Story): string {
  const writer = new FloatKeepingWriter();
  story.ToJson(writer);
  return shieldStringCommas(writer.toString());
}

/**
 * Positive floats become the runtime's explicit `"2.0f"` form. Negative floats with a
 * fraction stay numbers: the reading regex needs a digit after the comma and a reviver
 * sees a non-integer. A negative whole float (`-2.0`) has no token of its own, so it is
 * written as a small anonymous container that evaluates `2.0` and negates it: one slot
 * in its parent, so no path into the story moves.
 */
class FloatKeepingWriter extends SimpleJson.Writer {
  override WriteFloat(value: number): void {
    if (!Number.isFinite(value)) {
      super.WriteFloat(value);
    } else if (value > 0 || Object.is(value, 0)) {
      this.Write(floatToken(value));
    } else if (Number.isInteger(value)) {
      this.WriteArrayStart();
      this.Write(floatToken(-value));
      this.Write('_'); // ink's unary minus
      this.WriteNull();
      this.WriteArrayEnd();
    } else {
      super.WriteFloat(value);
    }
  }
}

/** `2` → `"2.0f"`, `0.05` → `"0.05f"`, `1.05e-7` → `"0.000000105f"`: same value when parsed. */
export function floatToken(value: number): string {
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`not a float token: ${value}`);
  if (Number.isInteger(value)) return `${BigInt(value)}.0f`;
  return `${plainDecimal(String(value))}f`;
}

/**
 * Spells out the shortest round-trip text of a non-integer below 1e21 without an exponent.
 * Only values under 1e-6 have one (`1.05e-7`); moving the point keeps the same decimal,
 * so parseFloat returns the very same double.
 */
function plainDecimal(text: string): string {
  const match = /^(\d+)(?:\.(\d+))?e-(\d+)$/.exec(text);
  if (!match) return text;
  const [, whole = '', fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}`;
  const zeros = Number(exponent) - whole.length;
  return `0.${'0'.repeat(zeros)}${digits}`;
}

/**
 * Inside JSON strings, a comma that a number follows is written `\u002c`: JSON.parse gives
 * back the same text, and the runtime's float regex no longer finds `, 6.0` to break.
 */
export function shieldStringCommas(json: string): string {
  return json.replace(/"(?:[^"\\]|\\.)*"/g, (string) =>
    string.replace(/,(?=\s*[0-9])/g, '\\u002c'),
  );
}
