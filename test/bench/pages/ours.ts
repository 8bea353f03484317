/** <portaal-data-table> with 100 000 policies, client-side. */
import type { Policy } from '@portaal/core';
import type { DataTableColumn, PortaalDataTable } from '@portaal/data-table';
import '@portaal/data-table/define';
import { CAR, JUMP_TO, VIEW_HEIGHT, inversions, makeData, scrollFor, timed, watchMainThread, type BenchPage } from './common.js';

const COLUMNS: DataTableColumn<Policy>[] = [
  { key: 'number', label: 'Polisnummer', rowHeader: true },
  { key: 'lineOfBusiness', label: 'Tak', valueLabels: 'lob' },
  { key: 'product', label: 'Product' },
  { key: 'insuredRisk', label: 'Verzekerd risico' },
  { key: 'status', label: 'Status', type: 'status' },
  { key: 'startDate', label: 'Begindatum', type: 'date' },
  { key: 'renewalDate', label: 'Vervaldag', type: 'date' },
  { key: 'premium', label: 'Jaarpremie', type: 'money' },
];

let data: Policy[] = [];
let table: PortaalDataTable<Policy>;

const root = () => table.shadowRoot!;
const firstRowText = () => root().querySelector('.body [role="row"] [data-col="3"]')?.textContent?.trim() ?? '';
const rowCount = () => root().querySelector('[role="grid"]')?.getAttribute('aria-rowcount');

window.bench = {
  async prepare() {
    data = makeData();
    table = document.createElement('portaal-data-table') as PortaalDataTable<Policy>;
    table.style.setProperty('--portaal-data-table-height', VIEW_HEIGHT);
    table.style.width = '1400px';
    table.columns = COLUMNS;
    document.body.append(table);
    await table.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
  firstPaint: () =>
    timed(
      () => void (table.rows = data),
      () => root().querySelectorAll('.body [role="row"]').length > 5,
    ),
  async sort() {
    const before = firstRowText();
    const button = [...root().querySelectorAll<HTMLButtonElement>('.header .sort')].find((b) => b.textContent?.includes('Verzekerd risico'))!;
    const ms = await timed(
      () => button.click(),
      () => firstRowText() !== before,
    );
    const texts: string[] = [];
    for (let i = 0; i < table.total; i++) texts.push(table.rowAt(i)!.insuredRisk);
    return { ms, inversions: inversions(texts), checked: texts.length };
  },
  scroll: (seconds) => scrollFor(root().querySelector<HTMLElement>('.scroller')!, seconds),
  jump: () =>
    timed(
      () => table.goToRow(JUMP_TO),
      () => Boolean(root().querySelector(`[aria-rowindex="${JUMP_TO + 1}"] [role="rowheader"]`)?.textContent?.trim()),
    ),
  async csv() {
    const { result, ...watched } = await watchMainThread(() => table.exportCsv());
    return { ...watched, rows: result.count, bytes: result.blob.size };
  },
  async filter() {
    const before = rowCount();
    return timed(
      () => void (table.filter = { lineOfBusiness: [...CAR] }),
      () => rowCount() !== before,
    );
  },
} satisfies BenchPage;
