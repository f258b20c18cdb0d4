// The import-graph rule (docs/ARCHITECTURE.md, "Dependencies point inward only"), checked on
// the real imports of every file: static, bare side-effect (`import 'howler'`), dynamic
// (`import('...')`), type-only and re-exports alike. Run by `npm run lint:imports` and by
// tests/unit/layers.test.ts, which also proves the rule fails on a bare howler import.
//
// TypeScript 7 has no compiler API for dependency-cruiser to parse with, so it parses with swc
// (`parser: 'swc'`). swc reads the TypeScript source as written, before any type is erased, so
// `import type` counts like any other import.

/** The functional core: runs unchanged in Node, Vitest, the terminal tools and a server. */
const CORE = '^src/(sim|narrative|session)/';
/** The imperative shell: the page, the canvas, the speakers, the service worker. */
const SHELL = '^src/(ui|scenes|audio|offline)/|^src/main\\.ts$';
/** The only packages the core may use: the ink runtime and the save schemas. */
const CORE_PACKAGES = '(^|/)node_modules/(inkjs|zod)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-not-to-shell',
      comment: 'The functional core never reaches into the page, the canvas or the speakers.',
      severity: 'error',
      from: { path: CORE },
      to: { path: SHELL },
    },
    {
      name: 'core-not-to-phaser-or-howler',
      comment: 'Phaser and howler belong to the shell (scenes/, audio/), however imported.',
      severity: 'error',
      from: { path: CORE },
      // Resolved into node_modules, or written bare when it cannot be resolved.
      to: { path: '(^|/)(@types/)?(phaser|howler)($|/)' },
    },
    {
      name: 'core-only-core-and-known-packages',
      comment:
        'The core imports the core, inkjs and zod only: no DOM-only package, no Node built-in, ' +
        'no build-time code (src/ink), nothing that does not resolve.',
      severity: 'error',
      from: { path: CORE },
      to: { pathNot: `${CORE}|${CORE_PACKAGES}` },
    },
    {
      name: 'sim-knows-nothing-of-the-story',
      comment: 'sim/ is the microbiome alone: it never imports narrative/ or session/.',
      severity: 'error',
      from: { path: '^src/sim/' },
      to: { path: '^src/(narrative|session)/' },
    },
    {
      name: 'narrative-knows-nothing-of-the-session',
      comment: 'narrative/ knows the world only through StoryEffects, never the session.',
      severity: 'error',
      from: { path: '^src/narrative/' },
      to: { path: '^src/session/' },
    },
    {
      name: 'shell-reaches-sim-through-session',
      comment:
        'The shell (main.ts included) reads the simulation only through src/session, types ' +
        'too (src/session/science.ts re-exports what views show), so the session stays the ' +
        'one owner of game state.',
      severity: 'error',
      from: { path: SHELL },
      to: { path: '^src/sim/' },
    },
    {
      name: 'page-not-to-server',
      comment:
        'The room server (src/server) is Node-only: the page (shell, src/ui/room included) talks ' +
        'to it over the network through the protocol in src/room, never by import.',
      severity: 'error',
      from: { path: `${SHELL}|^src/room/` },
      to: { path: '^src/server/' },
    },
    {
      name: 'room-protocol-stays-pure',
      comment:
        'src/room is the contract the page and the server share: zod and the core only, no ' +
        'Node built-in, no DOM-only or Colyseus package, no shell.',
      severity: 'error',
      from: { path: '^src/room/' },
      to: { pathNot: `^src/room/|${CORE}|(^|/)node_modules/zod/` },
    },
    {
      name: 'src-not-to-tools',
      comment: 'tools/ are Node command lines; the game never imports them (tests may).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tools/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles in the game.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
  ],
  options: {
    parser: 'swc',
    // Read each package's entry point only, not its own imports: the rules are about ours.
    doNotFollow: { path: 'node_modules' },
    // No `tsConfig` or `tsPreCompilationDeps`: both need TypeScript's compiler API, which
    // TS 7 lacks (dependency-cruiser would silently ignore them). tsconfig.json has no `paths`,
    // so resolving as Vite does below is all it would add.
    enhancedResolveOptions: {
      // Resolve packages through their `exports` map as Vite does, so each is found where it is.
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
