// `npm run bench`, last part: how fast a first-time player gets into the story, against a
// plain inkjs page (tools/plainInkPage/, what Inky's web export does) reading the same
// story. Both pages are served from 127.0.0.1 and loaded alternately in fresh Chromium
// contexts; every mark is taken in the page, on its own clock, by a script that runs before
// the page's own. It reports and always exits 0: goals are targets to watch.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { compileInk } from '../src/ink/compileInk';
import { EXTERNAL_FUNCTIONS } from '../src/narrative/storyEffects';
import { median } from './benchStats';
import { kb, measureBundle } from './bundleSize';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium';

const root = path.resolve(import.meta.dirname, '..');
/** The game to measure: this checkout, or another one (STARTUP_GAME_ROOT, e.g. an older commit). */
const gameRoot = process.env.STARTUP_GAME_ROOT ?? root;
const gameDist = path.join(root, 'test-results/bench-startup-dist');
const plainDist = path.join(root, 'test-results/bench-startup-plain');

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
/** The page's console message once its first choice is usable. */
const CHOICE_SHOWN = 'startup-bench: first choice shown';
const GOALS = { titleRatio: 1.0, choiceRatio: 1.5, longTaskMs: 50, initialGzipKb: 118 };

/** What each page is watched for. The plain page's first control is its first choice. */
interface Watch {
  /** The first control a player can use (the game: the Kara button). */
  control: string;
  /** What the player clicks the moment it is usable, or null (the plain page: nothing). */
  click: string | null;
  /** A story choice. */
  choice: string;
}

const GAME: Watch = {
  control: '[aria-label^="Play as Kara"]',
  click: '[aria-label^="Play as Kara"]',
  choice: '#choices button.choice',
};
const PLAIN: Watch = { control: '#story .choice a', click: null, choice: '#story .choice a' };

interface Marks {
  /** The first control usable: in the page, laid out, enabled (ms since navigation). */
  control?: number;
  /** The player's click handled (the game only). */
  click?: number;
  /** The first story choice usable. */
  choice?: number;
  /** Every long task (over 50 ms) of the page's main thread, from navigation on. */
  longTasks: Array<{ start: number; duration: number }>;
}

declare global {
  interface Window {
    startupMarks?: Marks;
  }
}

/**
 * Runs in the page before its own scripts. Watches the DOM (a mutation observer, so a mark
 * is stamped in the very task that made the element usable), clicks the role in a task of
 * its own the moment it is usable, as a player's click is, and keeps every long task.
 */
function watchStartup(watch: Watch & { shown: string }): void {
  const shownMessage = watch.shown;
  const marks: Marks = { longTasks: [] };
  window.startupMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const usable = (element: Element | null) =>
    element instanceof HTMLElement &&
    !(element instanceof HTMLButtonElement && element.disabled) &&
    element.checkVisibility();
  const check = () => {
    if (marks.control === undefined && usable(document.querySelector(watch.control))) {
      marks.control = performance.now();
      const target = watch.click ? document.querySelector<HTMLElement>(watch.click) : null;
      if (target) setTimeout(() => target.click(), 0);
    }
    if (marks.choice === undefined && usable(document.querySelector(watch.choice))) {
      marks.choice = performance.now();
      observer.disconnect();
      // Told to the bench as a console message: waiting with page.waitForFunction would put
      // Playwright's injected script (50-370 ms to evaluate) into the load being measured.
      console.info(shownMessage);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'disabled', 'class'],
  });
  if (watch.click) {
    const selector = watch.click;
    window.addEventListener(
      'click',
      (event) => {
        if (marks.click !== undefined || !(event.target instanceof Element)) return;
        if (event.target.closest(selector)) marks.click = performance.now();
      },
      true,
    );
  }
}

/** The plain page with our own story, compiled as the game's build compiles it. */
function preparePlainPage(): void {
  mkdirSync(plainDist, { recursive: true });
  for (const file of ['index.html', 'main.js', 'style.css']) {
    copyFileSync(path.join(root, 'tools/plainInkPage', file), path.join(plainDist, file));
  }
  copyFileSync(path.join(root, 'node_modules/inkjs/dist/ink.js'), path.join(plainDist, 'ink.js'));
  const { json } = compileInk(path.join(root, 'story/main.ink'), { relativeTo: root });
  // As Inky exports it: the story as an object literal in a script; and the names of the
  // EXTERNAL functions it calls, which the plain page answers with 0.
  const externals = JSON.stringify(EXTERNAL_FUNCTIONS.map((external) => external.name));
  writeFileSync(
    path.join(plainDist, 'story.js'),
    `var storyContent = ${json.replace(/^\uFEFF/, '')};\nvar storyExternals = ${externals};\n`,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function serveFolder(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = path.join(folder, name === '/' ? 'index.html' : path.normalize(name));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** One cold load: a fresh context (empty HTTP and code caches), marks read in the page. */
async function load(browser: Browser, url: string, watch: Watch): Promise<Required<Marks>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx wraps named functions in `__name(...)`; the page needs that helper too.
    await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    await context.addInitScript(watchStartup, { ...watch, shown: CHOICE_SHOWN });
    const page = await context.newPage();
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text() === CHOICE_SHOWN,
      timeout: 30_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    await shown;
    // Long tasks are reported once they end: give the last ones (the story being read, the
    // stage starting) time to finish and arrive.
    await page.waitForTimeout(2_000);
    const marks = await page.evaluate(() => window.startupMarks as Marks);
    return { click: marks.control ?? Number.NaN, ...marks } as Required<Marks>;
  } finally {
    await context.close();
  }
}

/**
 * The longest stretch of one long task inside `from`..`to` (0 when none): a task that began
 * before `from` counts only from there, as a click at `from` waits only for its rest.
 */
function longestBetween(marks: Marks, from: number, to: number): number {
  const inside = marks.longTasks.map(
    (t) => Math.min(to, t.start + t.duration) - Math.max(from, t.start),
  );
  return Math.max(0, ...inside);
}

function record(name: string, value: string, goal?: { text: string; met: boolean }): void {
  const verdict = goal ? `${goal.text.padEnd(14)} ${goal.met ? 'PASS' : 'MISS'}` : '';
  console.log(`${name.padEnd(56)} ${value.padEnd(36)} ${verdict}`);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** One game checkout measured in the run: its folder, its build, its server. */
interface GameUnderTest {
  label: string;
  root: string;
  dist: string;
  server?: PreviewServer;
  url?: string;
  loads: Array<Required<Marks>>;
}

async function startGame(game: GameUnderTest): Promise<void> {
  await build({
    root: game.root,
    logLevel: 'silent',
    build: { outDir: game.dist, emptyOutDir: true },
  });
  game.server = await preview({
    root: game.root,
    logLevel: 'silent',
    build: { outDir: game.dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = game.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  game.url = `http://127.0.0.1:${address.port}/`;
}

function report(game: GameUnderTest, plains: Array<Required<Marks>>): void {
  const games = game.loads;
  if (game.label) console.log(`\n${game.label} (${game.root})`);
  const plainChoice = median(plains.map((m) => m.choice));
  const title = median(games.map((m) => m.control));
  const choice = median(games.map((m) => m.choice));
  const clickWait = median(games.map((m) => m.click - m.control));
  const longest = games.map((m) => longestBetween(m, m.control, m.choice));
  const plainLongest = plains.map((m) => longestBetween(m, 0, m.choice));
  const after = games.map((m) => longestBetween(m, m.choice, m.choice + 2_000));
  record('plain page: navigation -> first choice', ms(plainChoice));
  record('game: navigation -> title interactive (Kara usable)', ms(title), {
    text: `<= ${GOALS.titleRatio.toFixed(1)}x plain`,
    met: title <= plainChoice * GOALS.titleRatio,
  });
  record('game: title / plain first choice', `${(title / plainChoice).toFixed(2)}x`);
  record('game: navigation -> first choice (Kara at once)', ms(choice), {
    text: `<= ${GOALS.choiceRatio.toFixed(1)}x plain`,
    met: choice <= plainChoice * GOALS.choiceRatio,
  });
  record('game: first choice / plain first choice', `${(choice / plainChoice).toFixed(2)}x`);
  // On a shared machine the load changes between runs: each run's game load against the
  // plain load next to it in time, the median of those ratios, is steadier than the above.
  const paired = (mark: (m: Required<Marks>) => number) =>
    median(games.map((m, i) => mark(m) / (plains[i]?.choice ?? Number.NaN))).toFixed(2);
  record(
    'game: paired per run, title | first choice / plain',
    `${paired((m) => m.control)}x | ${paired((m) => m.choice)}x`,
  );
  record('game: click waited for the main thread', ms(clickWait));
  record(
    'game: longest long task, title -> first choice',
    `${ms(Math.max(...longest))} (runs ${longest.map((t) => t.toFixed(0)).join(', ')})`,
    { text: `<= ${GOALS.longTaskMs} ms`, met: Math.max(...longest) <= GOALS.longTaskMs },
  );
  record(
    'game: longest long task, 2 s after the first choice',
    `runs ${after.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  record(
    'plain page: longest long task before its first choice',
    `runs ${plainLongest.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  record(
    'each run: plain choice | game title/click/choice',
    games
      .map(
        (m, i) =>
          `${plains[i]?.choice.toFixed(0)} | ${[m.control, m.click, m.choice].map((t) => t.toFixed(0)).join('/')}`,
      )
      .join(', '),
  );
  // STARTUP_TASKS=1 lists each game load's marks and long tasks (start+duration, ms).
  if (process.env.STARTUP_TASKS) {
    for (const m of games) {
      const tasks = m.longTasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`);
      const at = [m.control, m.click, m.choice].map((t) => t.toFixed(0)).join('/');
      console.log(`  title/click/choice ${at}: long tasks ${tasks.join(' ')}`);
    }
  }
  const bundle = measureBundle(game.dist);
  record(`bundle: initial JS (${bundle.initialFiles.length} files)`, kb(bundle.initial), {
    text: `< ${GOALS.initialGzipKb} KB gzip`,
    met: bundle.initial.gzip < GOALS.initialGzipKb,
  });
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`startup bench skipped: ${NO_CHROMIUM}`);
    return;
  }
  // STARTUP_ALSO=<folder>[,<folder>...]: other checkouts measured in the same run, each
  // page's loads interleaved with the others', for a before/after on one machine state.
  const also = (process.env.STARTUP_ALSO ?? '').split(',').filter(Boolean);
  const games: GameUnderTest[] = [gameRoot, ...also].map((folder, index) => ({
    label: also.length > 0 ? `game ${String.fromCharCode(65 + index)}` : '',
    root: path.resolve(folder),
    dist: index === 0 ? gameDist : `${gameDist}-${index}`,
    loads: [],
  }));
  preparePlainPage();
  let plain: Server | undefined;
  let browser: Browser | undefined;
  try {
    for (const game of games) await startGame(game);
    const served = await serveFolder(plainDist);
    plain = served.server;
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const loadStart = loadavg().map((value) => value.toFixed(1));
    console.log(
      `\nstartup: Chromium ${browser.version()}, ${cpus().length} cores, load ${loadStart.join(' ')}`,
    );
    console.log(
      `startup: ${RUNS} cold loads of each page, alternating, medians; wall time on the page's clock from navigation`,
    );
    const plains: Array<Required<Marks>> = [];
    const pages = [null, ...games];
    for (let run = 0; run < RUNS; run += 1) {
      // Rotate which page goes first, so none always meets a quieter machine.
      const order = pages.map((_, i) => pages[(i + run) % pages.length]);
      for (const game of order) {
        if (!game) plains.push(await load(browser, served.url, PLAIN));
        else game.loads.push(await load(browser, game.url ?? '', GAME));
      }
    }
    for (const game of games) report(game, plains);
    console.log(
      `startup: load at the end ${loadavg()
        .map((v) => v.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await browser?.close();
    for (const game of games) await game.server?.close();
    plain?.close();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark reports; a broken run is printed, not turned into a failing exit code.
  console.error('startup bench failed:', error);
}
