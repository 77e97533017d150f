import { createHash } from 'node:crypto';

// Seeded randomness. Each department and kind draws from its own stream, so adding records to one
// does not reshuffle the others, and two runs give byte-identical files.

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(values: readonly T[]): T;
  chance(p: number): boolean;
}

/** sfc32 seeded from the SHA-256 of `seed`: the same seed always gives the same stream. */
export function rngFor(seed: string): Rng {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0),
    b = h.readUInt32LE(4),
    c = h.readUInt32LE(8),
    d = h.readUInt32LE(12);
  const next = (): number => {
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (values) => {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[Math.floor(next() * values.length)] as (typeof values)[number];
    },
    chance: (p) => next() < p,
  };
}

/** `n` distinct values, in drawn order. */
export function sample<T>(rng: Rng, values: readonly T[], n: number): T[] {
  const pool = [...values];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}
