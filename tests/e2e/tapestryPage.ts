// The tapestry alone on a page, for tests/e2e/tapestry.test.ts: a playthrough of six
// chapters, each ending in a different mural state. `?width=320&motion=1&count=6`.
import type { ChapterMural } from '../../src/session/gameState';
import { exampleMicrobiome, type MuralStateName, muralState } from '../../src/sim';
import { renderTapestry } from '../../src/ui/tapestry';

const CHAPTERS: ReadonlyArray<[string, MuralStateName]> = [
  ['The Festival of Shared Mouths', 'vibrant'],
  ['The Outbreak', 'anxious'],
  ['The Gel', 'acidic'],
  ['The Ritual', 'inflamed'],
  ['The Scouring', 'scorched'],
  ['The Aftermath', 'serene'],
];

const params = new URLSearchParams(location.search);
const tapestry: ChapterMural[] = CHAPTERS.slice(0, Number(params.get('count') ?? 6)).map(
  ([chapter, state]) => ({ chapter, mural: muralState(exampleMicrobiome(state)) }),
);
const holder = document.getElementById('holder') as HTMLElement;
holder.style.width = `${params.get('width') ?? 600}px`;
holder.append(renderTapestry(tapestry, { motion: params.get('motion') === '1' }));
