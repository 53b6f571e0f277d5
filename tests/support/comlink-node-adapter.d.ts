/**
 * comlink 4.4.2 ships its Node adapter's types as node-adapter.d.ts beside node-adapter.mjs, which
 * TypeScript does not pair with an `.mjs` import: this re-states them (the one-line ambient module).
 * Shared by the worker_threads tests of the water and evacuation engines.
 */
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
