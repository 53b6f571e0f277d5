/**
 * The seeded random generator every engine draws from: sfc32 (Chris Doty-Humphrey's "small fast
 * counting" generator, PractRand-clean), seeded through splitmix32. Integer-only arithmetic
 * (`Math.imul`, `>>> 0`), so a seed gives the same sequence bit for bit in Node and in a browser.
 * Never `Math.random` (lint forbids it).
 */
export interface Rng {
  /** Uniform on [0, 1), 32 bits of randomness. */
  next(): number;
  /** Uniform integer on [0, n). */
  int(n: number): number;
  /** An independent generator for a subsystem, derived from this one's next draw. */
  fork(): Rng;
}

/** splitmix32: spreads a small seed over 32 bits; used only to seed sfc32's state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_MINUS_32 = 1 / 4294967296;

export function createRng(seed: number): Rng {
  const init = { s: seed >>> 0 };
  let a = splitmix32(init);
  let b = splitmix32(init);
  let c = splitmix32(init);
  let d = splitmix32(init);
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first draws: sfc32's authors advise a short warm-up after seeding.
  for (let i = 0; i < 12; i++) nextUint32();
  const rng: Rng = {
    next: () => nextUint32() * TWO_POW_MINUS_32,
    int: (n) => Math.floor(nextUint32() * TWO_POW_MINUS_32 * n),
    fork: () => createRng(nextUint32()),
  };
  return rng;
}
