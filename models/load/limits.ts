/**
 * Hard limits on what a building file may contain, so loading never hangs or exhausts memory on a
 * hostile or broken file. Each is far above any real building (the 52-storey sample is under 3 MB,
 * its largest polygon has tens of vertices) and each breach is a clear error, not a crash.
 */
export const LIMITS = {
  /** Bytes of JSON text. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Nesting depth of objects/arrays; the format needs 7 (a `set` value may add a few). */
  maxDepth: 32,
  /** Elements in any one array (occupant positions are the longest legitimate arrays). */
  maxArrayLength: 200_000,
  /** Vertices in one polygon; a CAD arc tessellated finely is still a few hundred. */
  maxPolygonVertices: 10_000,
  /** Characters in any one string (ids, names, notes). */
  maxStringLength: 10_000,
  /** All values (objects, arrays, numbers, strings…) in the file together. */
  maxValues: 20_000_000,
} as const;
