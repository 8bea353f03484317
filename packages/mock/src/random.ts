/**
 * A small seeded PRNG (mulberry32): the seed data must be identical on every run and in every
 * browser, so Math.random is never used for it.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  letters(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String.fromCharCode(65 + this.int(0, 25));
    return out;
  }

  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = this.int(0, 255);
    return out;
  }
}

/** Picks a key with probability proportional to its weight (table built once: the seed calls it 100 000s of times). */
export function weightedPicker<K extends string>(weights: Readonly<Record<K, number>>): (random: Random) => K {
  const keys = Object.keys(weights) as K[];
  const cumulative: number[] = [];
  let total = 0;
  for (const key of keys) cumulative.push((total += weights[key]));
  return (random) => {
    const roll = random.next() * total;
    for (let i = 0; i < keys.length; i++) if (roll < cumulative[i]!) return keys[i]!;
    return keys[keys.length - 1]!;
  };
}
