// Vite compiles `.ink` imports with src/ink/vitePlugin.ts: the version and the roles'
// openings come at once, the compiled story itself on request.
declare module '*.ink' {
  const story: import('./session/openings').StoryModule;
  export default story;
}
