import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Adapter, Policy, PortaalDocument } from '@portaal/core';
import { MockBackend, createMockAdapter, signInDemoAccount } from '@portaal/mock';
import { sendKeys } from '@web/test-runner-commands';
import type { DocumentFileDetail, PortaalPolicyDocuments } from './policy-documents.js';
import './define.js';

async function signedIn() {
  const backend = new MockBackend({ passwordIterations: 1 });
  const adapter = createMockAdapter(backend);
  await signInDemoAccount(backend, adapter, 'full');
  const policy = (await adapter.policies.list({ filter: { lineOfBusiness: 'car' }, page: { index: 0, size: 1 } })).items[0]!;
  return { backend, adapter, policy };
}

async function renderDocuments(adapter: Adapter, policy: Policy | null, policyId = policy?.id ?? '') {
  const element = await fixture<PortaalPolicyDocuments>(
    html`<portaal-policy-documents lang="nl-BE" .adapter=${adapter} .policy=${policy} policy-id=${policyId}></portaal-policy-documents>`,
  );
  await waitUntil(() => !element.shadowRoot!.querySelector('.loading'), 'documents load', { timeout: 3000 });
  return element;
}

const buttons = (element: PortaalPolicyDocuments) => [...element.shadowRoot!.querySelectorAll('portaal-button')];
const titles = (element: PortaalPolicyDocuments) => [...element.shadowRoot!.querySelectorAll('.title')].map((t) => t.textContent);

describe('<portaal-policy-documents>', () => {
  it('lists every document of a car policy, each button named after the document and the policy', async () => {
    const { adapter, policy } = await signedIn();
    const element = await renderDocuments(adapter, policy);
    const kinds = (await adapter.policies.documents(policy.id)).map((document) => document.kind);
    expect(kinds).to.include.members([
      'special-conditions',
      'general-conditions',
      'green-card',
      'insured-risks-list',
      'provisional-cover-certificate',
      'insurance-certificate',
      'claims-history-certificate',
    ]);
    expect(titles(element).length).to.equal(kinds.length);
    const labels = buttons(element).map((button) => button.getAttribute('label'));
    expect(labels).to.include(`Groene kaart bekijken, polis ${policy.number}`);
    expect(labels).to.include(`Groene kaart downloaden, polis ${policy.number}`);
    expect(new Set(labels).size).to.equal(labels.length);
    await expect(element).to.be.accessible();
  });

  it('searches by kind and title, and says when nothing matches', async () => {
    const { adapter, policy } = await signedIn();
    const element = await renderDocuments(adapter, policy);
    element.shadowRoot!.querySelector('portaal-text-field')!.focus();
    await sendKeys({ type: 'groene' });
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Groene kaart']);
    // The kind's label in the user's language also matches ("attest" is in three kinds).
    element.lang = 'nl-BE';
    const field = element.shadowRoot!.querySelector('portaal-text-field')!;
    field.value = '';
    field.dispatchEvent(new CustomEvent('portaal-input', { detail: { value: 'ATTEST' } }));
    await element.updateComplete;
    expect(titles(element).length).to.equal(3);
    field.dispatchEvent(new CustomEvent('portaal-input', { detail: { value: 'xyz' } }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="state"]')?.textContent).to.contain('Geen documenten gevonden voor “xyz”.');
    await expect(element).to.be.accessible();
  });

  it('downloads through the adapter, as a cancelable event with the file', async () => {
    const { adapter, policy } = await signedIn();
    const element = await renderDocuments(adapter, policy);
    element.addEventListener('portaal-document-download', (event) => event.preventDefault(), { once: true });
    const downloaded = oneEvent(element, 'portaal-document-download');
    const button = buttons(element).find((b) => b.getAttribute('label')?.startsWith('Bijzondere voorwaarden downloaden'))!;
    button.click();
    const { detail } = (await downloaded) as CustomEvent<DocumentFileDetail>;
    expect(detail.document.kind).to.equal('special-conditions');
    expect(detail.blob.type).to.equal('application/pdf');
    expect(detail.filename).to.equal(`${policy.number.toLowerCase()}-bijzondere-voorwaarden.pdf`);
    expect(new TextDecoder().decode(new Uint8Array(await detail.blob.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
  });

  it('views PDFs in the browser, as a cancelable event', async () => {
    const { adapter, policy } = await signedIn();
    const element = await renderDocuments(adapter, policy);
    element.addEventListener('portaal-document-view', (event) => event.preventDefault(), { once: true });
    const viewed = oneEvent(element, 'portaal-document-view');
    buttons(element).find((b) => b.getAttribute('label')?.startsWith('Groene kaart bekijken'))!.click();
    expect(((await viewed) as CustomEvent<DocumentFileDetail>).detail.document.kind).to.equal('green-card');
  });

  it('shows a failed download next to its document and keeps the list', async () => {
    const { adapter, backend, policy } = await signedIn();
    const element = await renderDocuments(adapter, policy);
    backend.failNext('server', 'policies.download');
    buttons(element).find((b) => b.getAttribute('label')?.startsWith('Groene kaart downloaden'))!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.failure'));
    expect(element.shadowRoot!.querySelector('.failure')!.textContent).to.contain('Groene kaart kon niet worden geopend');
    expect(titles(element).length).to.be.greaterThan(5);
    await expect(element).to.be.accessible();
  });

  it('shows a load error with Retry, and an empty list as such', async () => {
    const { adapter, backend, policy } = await signedIn();
    backend.failNext('network', 'policies.documents');
    const element = await renderDocuments(adapter, policy);
    expect(element.shadowRoot!.querySelector('.error')?.textContent).to.contain('De documenten konden niet worden geladen.');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLElement>('.error portaal-button')!.click();
    await waitUntil(() => titles(element).length > 5);

    const none = { ...adapter, policies: { ...adapter.policies, documents: async (): Promise<PortaalDocument[]> => [] } } as Adapter;
    const empty = await renderDocuments(none, policy);
    expect(empty.shadowRoot!.querySelector('[part="state"]')?.textContent).to.contain('Voor deze polis zijn er nog geen documenten.');
  });
});
