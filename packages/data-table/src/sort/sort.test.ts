import { expect } from '@open-wc/testing';
import { HOSTILE_STRINGS } from '@portaal/mock';
import { collatorFor, rankStrings, weightTable } from './collation.js';
import { rankValues, sortPermutation } from './sort.js';

/** Sorts texts the way the table does: ranks, then a counting sort. */
function sortTexts(texts: readonly (string | null)[], locale: string, descending = false): (string | null)[] {
  const ranks = rankValues(texts.length, (i) => texts[i], 'text', locale);
  return [...sortPermutation(texts.length, [{ ranks, descending }])].map((i) => texts[i]!);
}

const EXPECTED = ['De Smet', 'de Vries', 'Éloi', 'Émile', 'Ezra', 'Ödegaard', 'Oz', 'zoe', 'Zoë'];

/** A small deterministic PRNG (mulberry32), 0 ≤ x < 1. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const copy = [...items];
  const random = prng(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('text sorting', () => {
  for (const locale of ['nl-BE', 'fr-BE', 'de-BE', 'en-GB']) {
    it(`orders names accent- and case-aware in ${locale}`, () => {
      expect(sortTexts(shuffled(EXPECTED), locale)).to.deep.equal(EXPECTED);
      expect(sortTexts(shuffled(EXPECTED, 3), locale, true)).to.deep.equal([...EXPECTED].reverse());
    });
  }

  it('orders numbers inside text by value (natural order)', () => {
    expect(sortTexts(['10 werknemers', '2 werknemers', '100 werknemers', '020 werknemers'], 'nl-BE')).to.deep.equal([
      '2 werknemers',
      '10 werknemers',
      '020 werknemers',
      '100 werknemers',
    ]);
  });

  it('puts empty values last in both directions', () => {
    expect(sortTexts(['b', null, 'a', ''], 'nl-BE')).to.deep.equal(['a', 'b', null, '']);
    expect(sortTexts(['b', null, 'a', ''], 'nl-BE', true)).to.deep.equal(['b', 'a', null, '']);
  });

  it('agrees with Intl.Collator on every pair of a large mixed sample, in each language', () => {
    // Letters, accents, case, digits, punctuation, and strings the fast path leaves to the collator.
    const alphabet = 'aAbBeEéÉèêëzZoOöÖ çÇ-_.,;:/()&\'"0123456789ÿñÑüÜ–—€@#';
    const random = prng(42);
    const sample = new Set<string>([...HOSTILE_STRINGS, ...EXPECTED, 'Æsop', 'Straße', 'Strasse', 'e\u0301', 'ǅ', 'ij', 'IJ', 'y']);
    while (sample.size < 3000) {
      let text = '';
      const length = 1 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      sample.add(text);
    }
    const values = [...sample];
    for (const locale of ['nl-BE', 'fr-BE', 'de-BE', 'en-GB']) {
      const collator = collatorFor(locale);
      const { ranks } = rankStrings(values, locale);
      const order = values.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
      for (let i = 1; i < order.length; i++) {
        const a = values[order[i - 1]!]!;
        const b = values[order[i]!]!;
        const expected = collator.compare(a, b);
        expect(expected, `${locale}: "${a}" before "${b}"`).to.be.at.most(0);
        expect(ranks[order[i - 1]!] === ranks[order[i]!], `${locale}: "${a}" ties "${b}"`).to.equal(expected === 0);
      }
    }
  });

  it('uses the fast path only for languages with the root collation order', () => {
    expect(weightTable('nl-BE')).to.not.equal(null);
    expect(weightTable('de-BE-u-co-phonebk')).to.equal(null);
    expect(weightTable('sv-SE')).to.equal(null);
    // Swedish puts ä after z: the collator decides, so it is still right.
    expect(sortTexts(['ä', 'z', 'a'], 'sv-SE')).to.deep.equal(['a', 'z', 'ä']);
  });
});

describe('sorting numbers and dates', () => {
  it('orders numbers by value, not as text', () => {
    const values = [1000, -12, 9.5, 100, null];
    const ranks = rankValues(values.length, (i) => values[i], 'number', 'nl-BE');
    expect([...sortPermutation(values.length, [{ ranks, descending: false }])].map((i) => values[i])).to.deep.equal([-12, 9.5, 100, 1000, null]);
    expect([...sortPermutation(values.length, [{ ranks, descending: true }])].map((i) => values[i])).to.deep.equal([1000, 100, 9.5, -12, null]);
  });

  it('orders ISO dates and Date objects by value', () => {
    const dates = ['2026-11-21', '2024-02-29', '2025-01-01', null];
    const ranks = rankValues(dates.length, (i) => dates[i], 'date', 'nl-BE');
    expect([...sortPermutation(dates.length, [{ ranks, descending: false }])].map((i) => dates[i])).to.deep.equal([
      '2024-02-29',
      '2025-01-01',
      '2026-11-21',
      null,
    ]);
    const moments = [new Date(2026, 0, 2), new Date(2025, 5, 1)];
    const momentRanks = rankValues(2, (i) => moments[i], 'date', 'nl-BE');
    expect([...sortPermutation(2, [{ ranks: momentRanks, descending: false }])]).to.deep.equal([1, 0]);
  });

  it('sorts by several keys, the first most significant, and keeps ties in their original order', () => {
    const rows = [
      { line: 'car', premium: 300 },
      { line: 'fire', premium: 100 },
      { line: 'car', premium: 100 },
      { line: 'fire', premium: 100 },
      { line: 'car', premium: 200 },
    ];
    const line = rankValues(rows.length, (i) => rows[i]!.line, 'text', 'nl-BE');
    const premium = rankValues(rows.length, (i) => rows[i]!.premium, 'number', 'nl-BE');
    const order = sortPermutation(rows.length, [
      { ranks: line, descending: false },
      { ranks: premium, descending: true },
    ]);
    expect([...order]).to.deep.equal([0, 4, 2, 1, 3]);
  });
});
