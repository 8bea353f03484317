import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatEnterpriseNumber,
  formatFileSize,
  formatMoney,
  formatNumber,
} from './format.js';

// Chromium's ICU output: U+00A0 no-break space, U+202F narrow no-break space (French grouping).
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatDate', () => {
  it('formats a calendar date for each Belgian locale and en-GB', () => {
    expect(formatDate('2026-11-21', 'nl-BE')).to.equal('21/11/2026');
    expect(formatDate('2026-11-21', 'fr-BE')).to.equal('21/11/2026');
    expect(formatDate('2026-11-21', 'de-BE')).to.equal('21.11.2026');
    expect(formatDate('2026-11-21', 'en-GB')).to.equal('21/11/2026');
  });

  it('never shifts a YYYY-MM-DD date with the time zone, even far west or east of UTC', () => {
    // A naive new Date('2026-01-01') is midnight UTC: 31/12/2025 in America, so the day would move.
    expect(formatDate('2026-01-01', 'nl-BE', { timeZone: 'America/Los_Angeles' })).to.equal('01/01/2026');
    expect(formatDate('2026-01-01', 'nl-BE', { timeZone: 'Pacific/Kiritimati' })).to.equal('01/01/2026');
    // And whatever zone this browser runs in:
    expect(formatDate('2026-01-01', 'nl-BE')).to.equal('01/01/2026');
  });

  it('formats moments in the requested time zone', () => {
    expect(formatDate('2026-12-31T23:30:00Z', 'nl-BE', { timeZone: 'Europe/Brussels' })).to.equal('01/01/2027');
    expect(formatDate(new Date(Date.UTC(2026, 10, 21, 12)), 'de-BE', { timeZone: 'Europe/Brussels' })).to.equal('21.11.2026');
  });

  it('returns empty for nothing and the input for what is not a date, without throwing', () => {
    expect(formatDate(null, 'nl-BE')).to.equal('');
    expect(formatDate(undefined, 'nl-BE')).to.equal('');
    expect(formatDate('', 'nl-BE')).to.equal('');
    expect(formatDate('not a date', 'nl-BE')).to.equal('not a date');
    expect(formatDate('2026-02-30', 'nl-BE')).to.equal('2026-02-30');
    expect(formatDate('2026-11-21', 'not_a_locale!!')).to.equal('11/21/2026');
  });
});

describe('formatDateTime', () => {
  it('formats date and time in 24-hour style per locale', () => {
    const moment = '2026-11-21T14:05:00Z';
    const zone = { timeZone: 'Europe/Brussels' };
    expect(formatDateTime(moment, 'nl-BE', zone)).to.equal('21/11/2026, 15:05');
    expect(formatDateTime(moment, 'fr-BE', zone)).to.equal('21/11/2026 15:05');
    expect(formatDateTime(moment, 'de-BE', zone)).to.equal('21.11.2026, 15:05');
    expect(formatDateTime(moment, 'en-GB', zone)).to.equal('21/11/2026, 15:05');
  });
});

describe('formatMoney', () => {
  it('formats euros per locale, positive and negative', () => {
    expect(formatMoney(1234.56, 'nl-BE')).to.equal(`€${NBSP}1.234,56`);
    expect(formatMoney(-1234.56, 'nl-BE')).to.equal(`€${NBSP}-1.234,56`);
    expect(formatMoney(1234.56, 'fr-BE')).to.equal(`1${NNBSP}234,56${NBSP}€`);
    expect(formatMoney(-1234.56, 'fr-BE')).to.equal(`-1${NNBSP}234,56${NBSP}€`);
    expect(formatMoney(1234.56, 'de-BE')).to.equal(`1.234,56${NBSP}€`);
    expect(formatMoney(-1234.56, 'de-BE')).to.equal(`-1.234,56${NBSP}€`);
    expect(formatMoney(1234.56, 'en-GB')).to.equal('€1,234.56');
    expect(formatMoney(-1234.56, 'en-GB')).to.equal('-€1,234.56');
  });

  it('accepts a Money object and always shows two decimals', () => {
    expect(formatMoney({ amount: 0.5, currency: 'EUR' }, 'nl-BE')).to.equal(`€${NBSP}0,50`);
    expect(formatMoney({ amount: 12, currency: 'EUR' }, 'de-BE')).to.equal(`12,00${NBSP}€`);
  });

  it('returns empty for nothing or a non-finite amount', () => {
    expect(formatMoney(null, 'nl-BE')).to.equal('');
    expect(formatMoney(Number.NaN, 'nl-BE')).to.equal('');
  });
});

describe('formatNumber', () => {
  it('groups and separates decimals per locale', () => {
    expect(formatNumber(1234567.891, 'nl-BE')).to.equal('1.234.567,891');
    expect(formatNumber(1234567.891, 'fr-BE')).to.equal(`1${NNBSP}234${NNBSP}567,891`);
    expect(formatNumber(1234567.891, 'de-BE')).to.equal('1.234.567,891');
    expect(formatNumber(1234567.891, 'en-GB')).to.equal('1,234,567.891');
  });

  it('passes Intl options through (and caches per options)', () => {
    expect(formatNumber(0.256, 'nl-BE', { style: 'percent' })).to.equal('26%');
    expect(formatNumber(0.256, 'nl-BE', { style: 'percent', maximumFractionDigits: 1 })).to.equal('25,6%');
    expect(formatNumber(0.256, 'nl-BE')).to.equal('0,256');
  });
});

describe('formatFileSize', () => {
  it('uses decimal units with the locale’s abbreviations', () => {
    // ICU puts a plain space before units, except French (narrow no-break space).
    expect(formatFileSize(1_200_000, 'nl-BE')).to.equal('1,2 MB');
    expect(formatFileSize(1_200_000, 'fr-BE')).to.equal(`1,2${NNBSP}Mo`);
    expect(formatFileSize(1_200_000, 'de-BE')).to.equal('1,2 MB');
    expect(formatFileSize(1_200_000, 'en-GB')).to.equal('1.2 MB');
  });

  it('shows bytes whole, one decimal below 10 and none above, and never "1000 kB"', () => {
    expect(formatFileSize(512, 'nl-BE')).to.equal('512 byte');
    expect(formatFileSize(512, 'fr-BE')).to.equal(`512${NNBSP}o`);
    expect(formatFileSize(15_300, 'nl-BE')).to.equal('15 kB');
    expect(formatFileSize(999_950, 'nl-BE')).to.equal('1 MB');
    expect(formatFileSize(2_500_000_000, 'de-BE')).to.equal(`2,5${NBSP}GB`); // sic: ICU's German GB pattern
    expect(formatFileSize(-1, 'nl-BE')).to.equal('');
  });
});

describe('formatEnterpriseNumber', () => {
  it('is re-exported from the contract', () => {
    expect(formatEnterpriseNumber('BE0123456749')).to.equal('0123.456.749');
  });
});

describe('formatter cache', () => {
  it('formats 100k values quickly enough for a large table', () => {
    // Not a timing assertion (benchmarks are scripts): a regression to one Intl object per call
    // would make this test take seconds and trip the 10 s test timeout on slow machines.
    let last = '';
    for (let i = 0; i < 100_000; i += 1) last = formatMoney(i / 100, 'nl-BE');
    expect(last).to.equal(`€${NBSP}999,99`);
  });
});
