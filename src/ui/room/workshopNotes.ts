// The facilitator's notes: the discussion questions and model answers of docs/WORKSHOP.md,
// read from that very file at build time, so the notes panel and the teacher's guide can never
// disagree. Pure: markdown in, plain text out (the panel puts it in with textContent).

export interface NoteItem {
  /** A question for the class, markdown markers removed. */
  question: string;
  /** The model answer, for a "Science check"; null for an open discussion question. */
  answer: string | null;
}

export interface NoteAct {
  title: string;
  items: NoteItem[];
}

const SECTION = '## Discussion questions by act';

/** Removes markdown emphasis and links, keeping their words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function item(bullet: string): NoteItem {
  const check = /^\*\*Science check:\*\*\s*(.*?)\s*\*([^*]+)\*\s*$/.exec(bullet);
  if (check) {
    const question = plainText(check[1] ?? '');
    // "why is grazing worse...?" follows "Science check:" in the guide; alone it needs a capital.
    return {
      question: question.charAt(0).toUpperCase() + question.slice(1),
      answer: plainText(check[2] ?? ''),
    };
  }
  return { question: plainText(bullet), answer: null };
}

/** The acts of the "Discussion questions by act" section, each with its questions. */
export function workshopNotes(markdown: string): NoteAct[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) return [];
  const rest = markdown.slice(start + SECTION.length);
  const end = rest.search(/^## /m);
  const lines = (end < 0 ? rest : rest.slice(0, end)).split('\n');
  const acts: NoteAct[] = [];
  let bullet: string | null = null;
  const flush = () => {
    const act = acts.at(-1);
    if (bullet !== null && act) act.items.push(item(bullet));
    bullet = null;
  };
  for (const line of lines) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) {
      flush();
      acts.push({ title: plainText(heading[1] ?? ''), items: [] });
    } else if (line.startsWith('- ')) {
      flush();
      bullet = line.slice(2).trim();
    } else if (bullet !== null && /^\s+\S/.test(line)) {
      bullet += ` ${line.trim()}`;
    } else {
      flush();
    }
  }
  flush();
  return acts;
}
