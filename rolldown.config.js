// The CLI bundled into a few files (dist/cli): a command then starts without resolving and
// compiling the hundreds of modules kysely, zod and the rest ship as (about half a second of
// every `orient` run on Node 20). Commands stay separate chunks, loaded when run (src/cli/main.ts).
// Native and optional-native packages are loaded from node_modules as they are.
export default {
  // write-org is its own entry: its worker threads run the file `import.meta.url` names, which
  // must be the module itself, not a chunk it was merged into.
  input: { main: 'dist/src/cli/main.js', 'write-org': 'dist/bench/org/write-org.js' },
  platform: 'node',
  external: [/^better-sqlite3($|\/)/, /^pg($|\/)/, /^pg-native($|\/)/],
  output: { dir: 'dist/cli', format: 'esm', cleanDir: true },
  logLevel: 'warn',
};
