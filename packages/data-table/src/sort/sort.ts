/**
 * Sorting rows once into an index permutation.
 *
 * Each sort key is turned into one integer rank per row (equal values, equal ranks; empty values
 * a rank of their own that always goes last), then the permutation is built with stable counting
 * sorts, least significant key first. Scrolling reads `rows[order[i]]`: nothing is ever re-sorted
 * while the user scrolls.
 */
import { rankStrings } from './collation.js';

/** A sort value: text (by the locale's collation), a number, or an ISO date / Date (by value). */
export type SortValue = string | number | Date | null | undefined;

export interface Ranks {
  /** Per row, 0…max; `max + 1` means empty. */
  ranks: Uint32Array;
  max: number;
}

function isEmpty(value: SortValue): boolean {
  return value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Ranks for one key over all rows. Text is ranked once per distinct value, so a column with few
 * distinct values (line of business, status) costs one pass over the rows.
 */
export function rankValues(count: number, valueAt: (index: number) => SortValue, kind: 'text' | 'number' | 'date', locale: string): Ranks {
  const distinct = new Map<string | number, number>();
  const list: (string | number)[] = [];
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const raw = valueAt(i);
    if (isEmpty(raw)) {
      ids[i] = -1;
      continue;
    }
    const value: string | number = raw instanceof Date ? raw.getTime() : kind === 'number' ? Number(raw) : kind === 'text' ? String(raw) : (raw as string | number);
    let id = distinct.get(value);
    if (id === undefined) {
      id = list.length;
      distinct.set(value, id);
      list.push(value);
    }
    ids[i] = id;
  }

  let distinctRanks: Uint32Array;
  let max: number;
  if (kind === 'text') {
    ({ ranks: distinctRanks, max } = rankStrings(list as string[], locale));
  } else {
    // Numbers and dates (timestamps, or ISO strings, which order as plain strings).
    const order = Array.from({ length: list.length }, (_, i) => i);
    order.sort((a, b) => {
      const x = list[a]!;
      const y = list[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    distinctRanks = new Uint32Array(list.length);
    order.forEach((id, rank) => (distinctRanks[id] = rank));
    max = list.length - 1;
  }

  const ranks = new Uint32Array(count);
  const empty = max + 1;
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    ranks[i] = id < 0 ? empty : distinctRanks[id]!;
  }
  return { ranks, max };
}

/**
 * Stable counting sort of `order` (indexes into the rows) by `ranks`; descending reverses the
 * ranks but keeps empty values last, as spreadsheets do.
 */
export function countingSort(order: Uint32Array, { ranks, max }: Ranks, descending: boolean): Uint32Array {
  const buckets = max + 2;
  const counts = new Uint32Array(buckets + 1);
  const empty = max + 1;
  const key = (rank: number) => (rank === empty ? empty : descending ? max - rank : rank);
  for (let i = 0; i < order.length; i++) counts[key(ranks[order[i]!]!) + 1]!++;
  for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    out[counts[key(ranks[row]!)]!++] = row;
  }
  return out;
}

export interface SortStep {
  ranks: Ranks;
  descending: boolean;
}

/**
 * The permutation of `count` rows for several keys, first key most significant. Ties keep the
 * original order (the sort is stable).
 */
export function sortPermutation(count: number, steps: readonly SortStep[]): Uint32Array {
  let order: Uint32Array = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let s = steps.length - 1; s >= 0; s--) {
    const step = steps[s]!;
    order = countingSort(order, step.ranks, step.descending);
  }
  return order;
}
