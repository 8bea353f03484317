import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { CAR_LINES, missingKeys, type Adapter, type ListQuery, type PortaalProvider } from '@portaal/core';
import type { PortaalDataTable, TableExportDetail } from '@portaal/data-table';
import { MockBackend, createMockAdapter, signInDemoAccount, type DemoAccountKey, type SeedOptions } from '@portaal/mock';
import { sendKeys } from '@web/test-runner-commands';
import de from '../messages/de.js';
import en from '../messages/en.js';
import fr from '../messages/fr.js';
import nl from '../messages/nl.js';
import type { PortaalPolicyTable } from './policy-table.js';
import '../define.js';

/** A mock back end with `key` logged in (TOTP from the back end's debug aid). */
async function signedIn(key: DemoAccountKey = 'full', seed?: SeedOptions) {
  const backend = new MockBackend({ passwordIterations: 1, ...(seed ? { seed } : {}) });
  const adapter = createMockAdapter(backend);
  return { backend, adapter, session: await signInDemoAccount(backend, adapter, key) };
}

/** Wraps `adapter.policies.list` to record every query and its signal. */
function spyOnList(adapter: Adapter) {
  const calls: { query: ListQuery; signal: AbortSignal | undefined }[] = [];
  const list = adapter.policies.list.bind(adapter.policies);
  adapter.policies.list = (query, options) => {
    calls.push({ query: query ?? {}, signal: options?.signal });
    return list(query, options);
  };
  return calls;
}

async function renderTable(adapter: Adapter, attributes: { paging?: string; clientLimit?: number; policy?: string; locale?: string } = {}) {
  const provider = await fixture<PortaalProvider>(html`<portaal-provider locale=${attributes.locale ?? 'nl-BE'} .adapter=${adapter}>
    <portaal-policy-table
      style="width: 1400px"
      paging=${attributes.paging ?? 'auto'}
      client-limit=${attributes.clientLimit ?? 5000}
      policy=${attributes.policy ?? ''}
    ></portaal-policy-table>
  </portaal-provider>`);
  const element = provider.querySelector('portaal-policy-table')!;
  if (!attributes.policy) element.policy = null;
  const settled = () => {
    const current = element.shadowRoot?.querySelector<PortaalDataTable>('portaal-data-table');
    return element.shadowRoot?.querySelector('portaal-no-access') || (current && current.state !== 'loading');
  };
  await waitUntil(settled, 'the list loads', { timeout: 5000 });
  const table = element.shadowRoot!.querySelector<PortaalDataTable>('portaal-data-table');
  await nextFrame();
  return { provider, element, table: table! };
}

const tableRoot = (table: PortaalDataTable) => table.shadowRoot!;
const rowNumbers = (table: PortaalDataTable) =>
  [...tableRoot(table).querySelectorAll('.body [role="rowheader"]')].map((cell) => cell.textContent?.trim());

async function chooseQuick(element: PortaalPolicyTable, value: string, table: PortaalDataTable) {
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="quick"][value="${value}"]`)!.click();
  await element.updateComplete;
  await table.updateComplete;
  if (table.dataProvider) await waitUntil(() => table.state !== 'loading');
}

async function choose(element: PortaalPolicyTable, index: number, value: string, table: PortaalDataTable) {
  const select = element.shadowRoot!.querySelectorAll('select')[index]!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
  await table.updateComplete;
  if (table.dataProvider) await waitUntil(() => table.state !== 'loading');
}

describe('<portaal-policy-table>', () => {
  it('shows the current organisation’s policies with every column, accessibly', async () => {
    const { adapter, backend } = await signedIn();
    const { table } = await renderTable(adapter);
    const expected = await adapter.policies.list();
    expect(table.total).to.equal(expected.total);
    expect(table.total).to.be.greaterThan(20);
    expect(table.dataProvider).to.equal(null);
    const headers = [...tableRoot(table).querySelectorAll('[role="columnheader"]')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(headers.slice(1)).to.deep.equal(['Polisnummer', 'Tak', 'Product', 'Verzekerd risico', 'Status', 'Begindatum', 'Vervaldag', 'Jaarpremie', 'Documenten']);
    expect(rowNumbers(table)[0]).to.equal(expected.items[0]!.number);
    expect(backend.seed.policies.some((policy) => policy.number === rowNumbers(table)[0])).to.equal(true);
    await expect(table).to.be.accessible();
  });

  it('quick filter: car only + all but car = all; line of business and status narrow it further', async () => {
    const { adapter } = await signedIn();
    const { element, table } = await renderTable(adapter);
    const all = table.total;
    await chooseQuick(element, 'car', table);
    const car = table.total;
    await chooseQuick(element, 'non-car', table);
    const nonCar = table.total;
    expect(car).to.be.greaterThan(0);
    expect(nonCar).to.be.greaterThan(0);
    expect(car + nonCar).to.equal(all);
    const expectedCar = (await adapter.policies.list({ filter: { lineOfBusiness: [...CAR_LINES] } })).total;
    expect(car).to.equal(expectedCar);

    // With "car only", the line list offers only car lines; a non-car line choice is dropped.
    await chooseQuick(element, 'car', table);
    const lineOptions = [...element.shadowRoot!.querySelectorAll('select')[0]!.options].map((option) => option.value);
    expect(lineOptions).to.deep.equal(['', 'car', 'omnium']);
    await choose(element, 0, 'omnium', table);
    await choose(element, 1, 'active', table);
    const expected = (await adapter.policies.list({ filter: { lineOfBusiness: ['omnium'], status: 'active' } })).total;
    expect(table.total).to.equal(expected);
    await chooseQuick(element, 'non-car', table);
    expect(element.shadowRoot!.querySelectorAll('select')[0]!.value).to.equal('');
  });

  it('offers "clear filters" when nothing matches, which resets every filter', async () => {
    const { adapter } = await signedIn();
    const { element, table } = await renderTable(adapter);
    const all = table.total;
    table.search = 'no policy is called like this';
    await table.updateComplete;
    await choose(element, 1, 'suspended', table);
    expect(table.state).to.equal('no-results');
    await expect(element).to.be.accessible();
    tableRoot(table).querySelector<HTMLElement>('[part="state"] portaal-button')!.click();
    await element.updateComplete;
    await table.updateComplete;
    expect(table.total).to.equal(all);
    expect(element.shadowRoot!.querySelectorAll('select')[1]!.value).to.equal('');
  });

  it('pages on the server beyond the client limit: the query carries page, size, sort and filters', async () => {
    const { adapter } = await signedIn('full', { policies: 3000, claims: 10 });
    const calls = spyOnList(adapter);
    const { element, table } = await renderTable(adapter, { clientLimit: 100 });
    expect(table.dataProvider).to.not.equal(null);
    expect(calls[0]!.query).to.deep.equal({ page: { index: 0, size: 100 } });
    const total = table.total;
    expect(total).to.be.greaterThan(100);
    await chooseQuick(element, 'car', table);
    tableRoot(table).querySelector<HTMLElement>('[role="columnheader"] button')!.click();
    await waitUntil(() => calls.at(-1)?.query.sort !== undefined && table.state === 'rows');
    expect(calls.at(-1)!.query).to.deep.equal({
      filter: { lineOfBusiness: ['car', 'omnium'] },
      sort: [{ key: 'number', direction: 'asc' }],
      locale: 'nl-BE',
      page: { index: 0, size: 100 },
    });
    const car = table.total;
    await chooseQuick(element, 'non-car', table);
    expect(car + table.total).to.equal(total);
    expect(rowNumbers(table).length).to.be.greaterThan(5);
  });

  it('"select all N matching" with server paging covers pages never loaded, and exports them', async () => {
    const { adapter } = await signedIn('full', { policies: 3000, claims: 10 });
    const { element, table } = await renderTable(adapter, { paging: 'server' });
    await chooseQuick(element, 'car', table);
    table.selectAllMatching();
    await table.updateComplete;
    tableRoot(table).querySelectorAll<HTMLInputElement>('.body .check')[0]!.click();
    const expected = table.total - 1;
    expect(table.selection.count).to.equal(expected);
    const exported = oneEvent(element, 'portaal-table-export');
    element.addEventListener('portaal-table-export', (event) => event.preventDefault(), { once: true });
    tableRoot(table).querySelector<HTMLElement>('portaal-button.export')!.click();
    const { detail } = (await exported) as CustomEvent<TableExportDetail>;
    expect(detail.count).to.equal(expected);
    expect(detail.filename).to.match(/^transport-peeters-zonen-nv-polissen-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await detail.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n').filter(Boolean);
    expect(lines.length).to.equal(expected + 1);
    expect(lines[0]).to.equal('Polisnummer;Tak;Product;Verzekerd risico;Status;Begindatum;Vervaldag;Jaarpremie');
  });

  it('shows a restricted user a no-access message and never asks for policies', async () => {
    const { adapter } = await signedIn('restricted');
    const calls = spyOnList(adapter);
    const { element } = await renderTable(adapter);
    const message = element.shadowRoot!.querySelector('portaal-no-access')!;
    await message.updateComplete;
    expect(message.item).to.equal('policies');
    expect(message.shadowRoot!.textContent).to.contain('Geen toegang');
    expect(message.shadowRoot!.textContent).to.contain('U hebt geen toegang tot “Polissen”');
    expect(element.shadowRoot!.querySelector('portaal-data-table')).to.equal(null);
    expect(calls).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('shows an error with Retry, and Retry loads the list', async () => {
    const { adapter, backend } = await signedIn();
    backend.failNext('network', 'policies.list');
    const { element, table } = await renderTable(adapter);
    expect(table.state).to.equal('error');
    expect(tableRoot(table).querySelector('[part="state"]')?.textContent).to.contain('Controleer uw verbinding');
    await expect(element).to.be.accessible();
    tableRoot(table).querySelector<HTMLElement>('[part="state"] portaal-button')!.click();
    await waitUntil(() => table.state === 'rows');
  });

  it('reloads for another organisation and cancels the request still running for the previous one', async () => {
    const { adapter, backend, session } = await signedIn('multi-org');
    const permitted = session.memberships.filter((membership) => membership.menu.includes('policies'));
    const [first, second] = permitted;
    const current = await adapter.organisations.select(first!.organisationId);
    const { provider, table } = await renderTable(adapter);
    const firstNumbers = rowNumbers(table);
    const calls = spyOnList(adapter);
    backend.setLatency(300);
    const switchTo = (organisationId: string) =>
      provider.dispatchEvent(
        new CustomEvent('portaal-org-change', { detail: { session: { ...current, currentOrganisationId: organisationId } }, bubbles: true }),
      );
    switchTo(second!.organisationId);
    await waitUntil(() => calls.length === 1, 'the list is asked for the second organisation');
    // Back before the answer came: that request is cancelled and the list asked again.
    switchTo(first!.organisationId);
    await waitUntil(() => calls[0]!.signal?.aborted === true, 'the previous request is aborted', { timeout: 3000 });
    await waitUntil(() => calls.length === 2 && table.state === 'rows', 'loaded again', { timeout: 3000 });
    expect(rowNumbers(table)[0]).to.equal(firstNumbers[0]);
  });

  it('renders hostile seed strings as inert text and finds them by search', async () => {
    const { adapter } = await signedIn();
    const { table } = await renderTable(adapter);
    table.search = 'onerror';
    await table.updateComplete;
    expect(table.total).to.equal(1);
    const cell = [...tableRoot(table).querySelectorAll('.body [role="gridcell"]')].find((c) => c.textContent?.includes('onerror'))!;
    expect(cell.textContent?.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(tableRoot(table).querySelector('img')).to.equal(null);
  });

  it('speaks French in fr-BE', async () => {
    const { adapter } = await signedIn();
    const { element, table } = await renderTable(adapter, { locale: 'fr-BE' });
    expect(tableRoot(table).querySelector('[role="columnheader"] button')?.textContent).to.contain('N° de contrat');
    expect(element.shadowRoot!.querySelector('legend')?.textContent).to.equal('Afficher');
    expect(tableRoot(table).querySelector('.count')?.textContent).to.match(/^\d+ contrats$/);
  });

  it('has every message in nl, fr and de', () => {
    expect(missingKeys({ en, nl, fr, de })).to.deep.equal([]);
  });
});

describe('<portaal-policy-table> documents panel', () => {
  it('opens from a row, lists the policy’s documents, and gives focus back to the row when closed', async () => {
    const { adapter } = await signedIn();
    const { element, table } = await renderTable(adapter);
    const firstRow = tableRoot(table).querySelector<HTMLElement>('.body [role="row"]')!;
    const number = firstRow.querySelector('[role="rowheader"]')!.textContent!.trim();
    const button = firstRow.querySelector<HTMLButtonElement>('.action-button')!;
    expect(button.getAttribute('aria-label')).to.equal(`Documenten van polis ${number}`);
    const opened = oneEvent(element, 'portaal-documents-open');
    button.focus();
    button.click();
    await opened;
    await element.updateComplete;
    expect(element.getAttribute('policy')).to.match(/^pol-/);
    const dialog = element.shadowRoot!.querySelector('portaal-dialog')!;
    const documents = element.shadowRoot!.querySelector('portaal-policy-documents')!;
    await waitUntil(() => documents.shadowRoot?.querySelector('.list'), 'documents listed', { timeout: 3000 });
    expect(dialog.label).to.equal(`Documenten van polis ${number}`);
    const names = [...documents.shadowRoot!.querySelectorAll('portaal-button')].map((b) => b.getAttribute('label'));
    expect(names).to.include(`Bijzondere voorwaarden downloaden, polis ${number}`);
    await aTimeout(300); // the dialog's opening transition
    await expect(element).to.be.accessible();

    const closed = oneEvent(element, 'portaal-documents-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await element.updateComplete;
    await waitUntil(() => !dialog.open);
    expect(element.hasAttribute('policy')).to.equal(false);
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active?.closest('[role="row"]')?.querySelector('[role="rowheader"]')?.textContent?.trim()).to.equal(number);
  });

  it('deep link: a policy attribute opens its documents, also when its page is not loaded', async () => {
    const { adapter, backend } = await signedIn('full', { policies: 3000, claims: 10 });
    const own = backend.seed.policies.filter((policy) => policy.organisationId === 'org-peeters');
    const target = own.at(-1)!;
    const { element, table } = await renderTable(adapter, { paging: 'server', policy: target.id });
    const documents = element.shadowRoot!.querySelector('portaal-policy-documents')!;
    await waitUntil(() => documents?.shadowRoot?.querySelector('.list'), 'documents listed', { timeout: 3000 });
    await waitUntil(() => element.shadowRoot!.querySelector('portaal-dialog')!.label === `Documenten van polis ${target.number}`);
    expect(table.indexOfRow(target.id)).to.equal(-1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !element.policy);
  });

  it('deep link to an unknown policy says so', async () => {
    const { adapter } = await signedIn();
    const { element } = await renderTable(adapter, { policy: 'pol-does-not-exist' });
    await waitUntil(() => element.shadowRoot!.querySelector('.not-found'));
    expect(element.shadowRoot!.querySelector('.not-found')!.textContent).to.contain('Deze polis werd niet gevonden');
  });
});
