import { expect } from '@open-wc/testing';
import { HOSTILE_STRINGS } from '@portaal/mock';
import type Papa from 'papaparse';
import {
  CSV_MIME,
  buildCsv,
  csvField,
  csvFilename,
  csvFormatFor,
  csvText,
  isoDate,
  neutralise,
  quoteField,
  type CsvColumn,
  type CsvFormat,
} from './csv.js';

type PapaModule = typeof Papa;

/** papaparse is a UMD script: load it as a classic script, it sets `window.Papa`. */
async function papa(): Promise<PapaModule> {
  const scope = window as unknown as { Papa?: PapaModule };
  if (!scope.Papa) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/papaparse/papaparse.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return scope.Papa!;
}

interface Row {
  name: string;
  premium: number;
  start: string;
  count: number;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Naam', kind: 'text', value: (row) => row.name },
  { header: 'Premie', kind: 'money', value: (row) => ({ amount: row.premium, currency: 'EUR' }) },
  { header: 'Begin', kind: 'date', value: (row) => row.start },
  { header: 'Aantal', kind: 'number', value: (row) => row.count },
];

const NL: CsvFormat = { delimiter: ';', decimal: ',' };
const EN: CsvFormat = { delimiter: ',', decimal: '.' };

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('CSV format per locale', () => {
  it('uses ; and a decimal comma where the locale writes decimals with a comma, else , and a point', () => {
    for (const locale of ['nl-BE', 'fr-BE', 'de-BE', 'nl-NL']) expect(csvFormatFor(locale), locale).to.deep.equal(NL);
    for (const locale of ['en', 'en-GB', 'en-US']) expect(csvFormatFor(locale), locale).to.deep.equal(EN);
    expect(csvFormatFor('not a locale')).to.deep.equal(EN);
  });
});

describe('CSV fields', () => {
  it('neutralises text starting with = + - @ tab CR or NUL', () => {
    for (const text of ['=1+2', '+32 2 123 45 67', '-5+3', '@SUM(A1)', '\t=1+2', '\r=1', '\0x', '=HYPERLINK("http://evil.example","click")']) {
      expect(neutralise(text), JSON.stringify(text)).to.equal(`'${text}`);
    }
    for (const text of ['Peeters', ' =1', 'a=b', '1-2', '']) expect(neutralise(text)).to.equal(text);
  });

  it('never prefixes numbers or amounts: a premium of −12 stays -12,00', () => {
    expect(csvField({ amount: -12, currency: 'EUR' }, 'money', NL)).to.equal('-12,00');
    expect(csvField(-12, 'money', EN)).to.equal('-12.00');
    expect(csvField(1234.5, 'money', NL)).to.equal('1234,50');
    expect(csvField(-0.001, 'money', NL)).to.equal('0,00');
    // Rounded to the cent, half away from zero, like toFixed; huge amounts keep every digit.
    expect(csvField(0.125, 'money', EN)).to.equal('0.13');
    expect(csvField(-0.125, 'money', EN)).to.equal('-0.13');
    expect(csvField(1.005, 'money', EN)).to.equal((1.005).toFixed(2));
    expect(csvField(-7.1, 'money', NL)).to.equal('-7,10');
    expect(csvField(1e15 + 0.5, 'money', EN)).to.equal('1000000000000000.50');
    expect(csvField(-3.25, 'number', NL)).to.equal('-3,25');
    expect(csvField(42, 'number', EN)).to.equal('42');
    // With a comma as delimiter and a decimal comma, the number is quoted, still not prefixed.
    expect(csvField(-1.5, 'number', { delimiter: ',', decimal: ',' })).to.equal('"-1,5"');
  });

  it('writes dates as YYYY-MM-DD', () => {
    expect(csvField('2026-11-21', 'date', NL)).to.equal('2026-11-21');
    expect(csvField(new Date(2026, 10, 21, 23, 30), 'date', NL)).to.equal('2026-11-21');
    expect(isoDate('2026-11-21T10:00:00Z')).to.equal('2026-11-21');
    expect(isoDate('nonsense')).to.equal('');
    expect(csvField(null, 'date', NL)).to.equal('');
  });

  it('quotes fields as RFC 4180 requires, doubling quotes', () => {
    expect(quoteField('a;b', ';')).to.equal('"a;b"');
    expect(quoteField('a,b', ';')).to.equal('a,b');
    expect(quoteField('say "hi"', ';')).to.equal('"say ""hi"""');
    expect(quoteField('two\r\nlines', ';')).to.equal('"two\r\nlines"');
    expect(csvField('"Quoted", with; separators', 'text', NL)).to.equal('"""Quoted"", with; separators"');
  });
});

describe('CSV files', () => {
  const rows: Row[] = [
    { name: 'Lefèvre, Zoë', premium: -12, start: '2026-11-21', count: 3 },
    { name: 'multi\nline "quoted"', premium: 1234.5, start: '2024-02-29', count: 0 },
  ];

  it('starts with a UTF-8 BOM, ends records with CRLF, and is typed text/csv;charset=utf-8', async () => {
    const blob = await buildCsv({ rows: rows }, columns, { format: NL });
    expect(blob.type).to.equal(CSV_MIME);
    const data = await bytes(blob);
    expect([...data.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(data.slice(3));
    expect(text).to.equal(
      'Naam;Premie;Begin;Aantal\r\n' +
        'Lefèvre, Zoë;-12,00;2026-11-21;3\r\n' +
        '"multi\nline ""quoted""";1234,50;2024-02-29;0\r\n',
    );
    expect(text).to.equal(csvText(rows, columns, NL));
  });

  it('uses , and a decimal point for English', async () => {
    const text = csvText(rows.slice(0, 1), columns, EN);
    expect(text).to.equal('Naam,Premie,Begin,Aantal\r\n"Lefèvre, Zoë",-12.00,2026-11-21,3\r\n');
  });

  it('survives a round trip through an RFC 4180 parser with every hostile string', async () => {
    const Papa = await papa();
    const hostile: Row[] = HOSTILE_STRINGS.map((name, i) => ({ name, premium: i % 2 ? -i - 0.5 : i * 1000.25, start: '2026-01-0' + ((i % 9) + 1), count: -i }));
    hostile.push({ name: 'line\r\nbreak; "quote"', premium: 0, start: '2026-11-21', count: 1 });
    for (const format of [NL, EN]) {
      const blob = await buildCsv({ rows: hostile }, columns, { format });
      const text = new TextDecoder().decode((await bytes(blob)).slice(3));
      const parsed = Papa.parse<string[]>(text, { delimiter: format.delimiter, newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors, JSON.stringify(parsed.errors)).to.deep.equal([]);
      expect(parsed.data[0]).to.deep.equal(['Naam', 'Premie', 'Begin', 'Aantal']);
      hostile.forEach((row, i) => {
        const [name, premium, start, count] = parsed.data[i + 1]!;
        expect(name).to.equal(neutralise(row.name));
        expect(Number(premium!.replace(',', '.'))).to.equal(Math.round(row.premium * 100) / 100);
        expect(start).to.equal(row.start);
        expect(Number(count!.replace(',', '.'))).to.equal(row.count);
        // Formulas are inert: no text cell starts with a character a spreadsheet would evaluate.
        expect(name).to.not.match(/^[=+\-@\t\r]/);
      });
    }
  });

  it('yields to the browser between chunks and can be cancelled', async () => {
    const many: Row[] = Array.from({ length: 20_000 }, (_, i) => ({ name: `Polis ${i}`, premium: i, start: '2026-11-21', count: i }));
    const progress: number[] = [];
    const building = buildCsv({ rows: many }, columns, { format: NL, budgetMs: 1, onProgress: (done) => progress.push(done) });
    // The first chunk is done before the call returns; the rest waits for the browser's turns.
    expect(progress.length).to.equal(1);
    expect(progress[0]).to.be.lessThan(20_000);
    await building;
    expect(progress.length).to.be.greaterThan(2);
    expect(progress.at(-1)).to.equal(20_000);

    const controller = new AbortController();
    const cancelled = buildCsv({ rows: many }, columns, {
      format: NL,
      budgetMs: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    let error: unknown;
    await cancelled.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('keeps the view order and every field in its row across batches of rows', async () => {
    const many: Row[] = Array.from({ length: 300 }, (_, i) => ({ name: `Polis ${i}`, premium: i + 0.5, start: '2026-11-21', count: i }));
    const order = many.map((_, k) => 299 - k);
    const text = new TextDecoder().decode((await bytes(await buildCsv({ rows: many, order }, columns, { format: NL }))).slice(3));
    const records = text.split('\r\n');
    expect(records).to.have.length(302);
    expect(records.at(-1)).to.equal('');
    records.slice(1, 301).forEach((record, k) => {
      const i = 299 - k;
      expect(record).to.equal(`Polis ${i};${i},50;2026-11-21;${i}`);
    });
  });

  it('follows the order it is given, with the same bytes whether a worker encodes or not', async () => {
    const inWorker = await buildCsv({ rows, order: [1, 0] }, columns, { format: NL });
    const onMain = await buildCsv({ rows, order: [1, 0] }, columns, { format: NL, worker: false });
    expect(await bytes(inWorker)).to.deep.equal(await bytes(onMain));
    const text = new TextDecoder().decode((await bytes(inWorker)).slice(3));
    expect(text).to.equal(csvText([rows[1]!, rows[0]!], columns, NL));
    expect(inWorker.type).to.equal(onMain.type);
  });

  for (const [why, FakeWorker] of [
    [
      'no worker can be created',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    ],
    [
      'the worker fails to start (a Content-Security-Policy)',
      class {
        onerror: ((event: Event) => void) | null = null;
        constructor() {
          setTimeout(() => this.onerror?.(new Event('error')));
        }
        postMessage(): void {}
        terminate(): void {}
      },
    ],
  ] as const) {
    it(`still builds the whole file when ${why}`, async () => {
      const original = window.Worker;
      window.Worker = FakeWorker as unknown as typeof Worker;
      try {
        const blob = await buildCsv({ rows }, columns, { format: NL });
        expect(new TextDecoder().decode((await bytes(blob)).slice(3))).to.equal(csvText(rows, columns, NL));
        expect(blob.type).to.equal(CSV_MIME);
      } finally {
        window.Worker = original;
      }
    });
  }

  it('names the file after the organisation, the list and the date', () => {
    expect(csvFilename(['Transport Peeters & Zonen NV', 'polissen'], new Date(2026, 10, 21))).to.equal('transport-peeters-zonen-nv-polissen-2026-11-21.csv');
    expect(csvFilename([null, 'Contrats d’assurance'], new Date(2026, 0, 5))).to.equal('contrats-d-assurance-2026-01-05.csv');
    expect(csvFilename(['<img src=x onerror=alert(1)>'], new Date(2026, 0, 5))).to.equal('img-src-x-onerror-alert-1-2026-01-05.csv');
  });
});
