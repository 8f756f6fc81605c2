// Seeded pseudo-random numbers for the generated org. sfc32 (Chris Doty-Humphrey's Small Fast
// Counting generator) seeded through splitmix32: 32-bit integer arithmetic only, so the same seed
// gives the same org byte for byte on every platform. Nothing here reads Math.random or the clock.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** `length` lower-case hexadecimal digits. */
  hex(length: number): string;
  /** An independent stream named by `label`: it does not depend on how much of this one was used. */
  fork(label: string): Random;
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(seed: number): () => number {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) step();
  return step;
}

/** FNV-1a over the label's UTF-16 code units, folded with the seed. */
function hashLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// Number#toString(16) takes V8's slow radix path; a table is ten times faster.
const HEX_BYTES = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

/** A generator for `seed` (any number; only its low 32 bits matter). */
export function createRandom(seed: number): Random {
  const seed32 = seed >>> 0;
  const step = sfc32(seed32);
  const next = (): number => step() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (items) => {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let target = next() * total;
      for (const [item, weight] of items) {
        target -= weight;
        if (target < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new RangeError('weighted pick from an empty list');
      return last[0];
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swap = items[i] as (typeof items)[number];
        items[i] = items[j] as (typeof items)[number];
        items[j] = swap;
      }
      return items;
    },
    hex: (length) => {
      let out = '';
      while (out.length < length) {
        const n = step();
        out +=
          (HEX_BYTES[n >>> 24] as string) +
          HEX_BYTES[(n >>> 16) & 255] +
          HEX_BYTES[(n >>> 8) & 255] +
          HEX_BYTES[n & 255];
      }
      return out.length === length ? out : out.slice(0, length);
    },
    fork: (label) => createRandom(hashLabel(seed32, label)),
  };
}

/**
 * A light stream (splitmix32) for text derived from a meeting while it is written — video links,
 * meeting IDs — which is re-derived for every copy, so it must cost no allocation.
 */
export class DerivedNumbers {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** An integer in [min, max] (the modulo bias is irrelevant for text). */
  int(min: number, max: number): number {
    return min + (this.next() % (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.next() % items.length] as T;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      const n = this.next();
      out +=
        (HEX_BYTES[n >>> 24] as string) +
        HEX_BYTES[(n >>> 16) & 255] +
        HEX_BYTES[(n >>> 8) & 255] +
        HEX_BYTES[n & 255];
    }
    return out.length === length ? out : out.slice(0, length);
  }
}
