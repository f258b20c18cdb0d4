// Vite compiles `.ink` imports with src/ink/vitePlugin.ts.
declare module '*.ink' {
  const story: { json: string; version: string };
  export default story;
}
