// Phaser's own source files, as phaserBuild.ts imports them (resolved by phaserVitePlugin.ts):
// CommonJS modules without types of their own; the stage uses the package's types instead.
declare module 'phaser-src/*' {
  const part: unknown;
  export default part;
}
