import { Task } from '@lit/task';
import {
  hostStyles,
  LocalizeController,
  PortaalConsumer,
  announce,
  emit,
  registerTokens,
  spinnerStyles,
  type Adapter,
  type Policy,
  type PortaalDocument,
} from '@portaal/core';
import { saveBlob, slugify } from '@portaal/data-table';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { registerPolicyTableMessages } from '../messages.js';
import { policyDocumentsStyles } from './policy-documents.styles.js';

export interface DocumentFileDetail {
  document: PortaalDocument;
  policyId: string;
  blob: Blob;
  filename: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Cancel it to handle the file yourself; otherwise it is saved. */
    'portaal-document-download': CustomEvent<DocumentFileDetail>;
    /** Cancel it to show the file yourself; otherwise it opens in a new tab. */
    'portaal-document-view': CustomEvent<DocumentFileDetail>;
  }
}

/** Types a browser shows by itself; others are only offered for download. */
const VIEWABLE = /^(application\/pdf|image\/(png|jpeg|gif|webp)|text\/plain)$/;

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'text/plain': 'txt',
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A policy's documents: search by kind or title, view in the browser (PDF, images, text) and
 * download, all through the adapter. Every button's accessible name holds the document and the
 * policy number, so a screen-reader user hears "Download Green card, policy AUT-2024-100123"
 * rather than ten times "Download".
 *
 * @event portaal-document-download - a file was fetched to save; cancelable, detail `{ document, policyId, blob, filename }`.
 * @event portaal-document-view - a file was fetched to show; cancelable, same detail.
 * @csspart search
 * @csspart list - the list of documents.
 * @csspart document - one document.
 * @csspart state - loading, nothing yet, no match, error.
 */
export class PortaalPolicyDocuments extends LitElement {
  static override styles = [hostStyles, spinnerStyles, policyDocumentsStyles];

  /** Used alone, without a provider. */
  @property({ attribute: false }) accessor adapter: Adapter | null = null;
  /** The policy whose documents to show. */
  @property({ attribute: 'policy-id' }) accessor policyId = '';
  /** The policy itself, when known, for its number in labels; else `policyId` is used. */
  @property({ attribute: false }) accessor policy: Policy | null = null;

  @state() private accessor search = '';
  @state() private accessor busy = new Set<string>();
  @state() private accessor failures = new Map<string, string>();

  readonly #portaal = new PortaalConsumer(this);
  readonly #i18n = new LocalizeController(this);

  readonly #documents = new Task(this, {
    task: async ([adapter, policyId], { signal }) => {
      if (!adapter || !policyId) return null;
      return adapter.policies.documents(policyId, { signal });
    },
    args: () => [this.#portaal.adapter, this.policyId, this.#portaal.value.session?.currentOrganisationId ?? null] as const,
  });

  constructor() {
    super();
    registerTokens();
    registerPolicyTableMessages();
  }

  /** The documents the search keeps (all of them without a search). */
  get visibleDocuments(): PortaalDocument[] {
    const documents = this.#documents.value ?? [];
    const needle = fold(this.search.trim());
    if (!needle) return documents;
    return documents.filter((document) => fold(`${this.#kindLabel(document)} ${document.title}`).includes(needle));
  }

  #number(): string {
    return this.policy?.number ?? this.policyId;
  }

  #kindLabel(document: PortaalDocument): string {
    const key = `document.${document.kind}`;
    const label = this.#i18n.t(key);
    return label === key ? document.kind : label;
  }

  /**
   * The documents' texts load per language: wait for them rather than show keys or
   * another language. The documents load meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#i18n.whenReady(
      () => super.scheduleUpdate(),
      () => this.#documents.hostUpdate(),
    );
  }

  protected override render() {
    const t = (key: string, params?: Record<string, string | number>) => this.#i18n.t(key, params);
    return this.#documents.render({
      initial: () => this.#renderLoading(),
      pending: () => this.#renderLoading(),
      error: (error) => html`<div class="state error" part="state" role="alert">
        <p><strong>${t('policyDocuments.error')}</strong> ${this.#i18n.error(error)}</p>
        <portaal-button @click=${() => void this.#documents.run()}>${t('action.retry')}</portaal-button>
      </div>`,
      complete: (documents) => {
        if (!documents) return this.#renderLoading();
        if (documents.length === 0) {
          return html`<div class="state" part="state" role="status"><p>${t('policyDocuments.empty')}</p></div>`;
        }
        const visible = this.visibleDocuments;
        return html`
          <portaal-text-field
            class="search"
            part="search"
            type="search"
            label=${t('policyDocuments.search')}
            .value=${this.search}
            @portaal-input=${(e: CustomEvent<{ value: string }>) => {
              e.stopPropagation();
              this.search = e.detail.value;
            }}
          ></portaal-text-field>
          <p class="count" role="status">${t('policyDocuments.count', { count: visible.length })}</p>
          ${visible.length === 0
            ? html`<div class="state" part="state">
                <p>${t('policyDocuments.noMatch', { search: this.search.trim() })}</p>
                <portaal-button @click=${() => (this.search = '')}>${t('policyDocuments.clearSearch')}</portaal-button>
              </div>`
            : html`<ul class="list" part="list">
                ${visible.map((document) => this.#renderDocument(document))}
              </ul>`}
        `;
      },
    });
  }

  #renderLoading() {
    return html`<div class="state loading" part="state" role="status" aria-busy="true">
      <span class="spinner spin" aria-hidden="true"></span>
      <p>${this.#i18n.t('policyDocuments.loading')}</p>
    </div>`;
  }

  #renderDocument(document: PortaalDocument) {
    const t = (key: string, params?: Record<string, string | number>) => this.#i18n.t(key, params);
    const names = { document: document.title, number: this.#number() };
    const failure = this.failures.get(document.id);
    const busy = this.busy.has(document.id);
    const kind = this.#kindLabel(document);
    return html`<li class="document" part="document">
      <svg class="file" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" aria-hidden="true">
        <path d="M6 2.75h8.5L19 7.25v14H6Z"></path>
        <path d="M14.25 2.75v4.75H19M9 12h7M9 15.5h7M9 19h4"></path>
      </svg>
      <div class="text">
        <span class="title">${document.title}</span>
        <span class="meta">${[
            // The kind, unless the title already says it ("Bijvoegsel 2").
            fold(document.title).startsWith(fold(kind)) ? '' : kind,
            t('policyDocuments.added', { date: this.#i18n.date(document.createdAt) }),
            this.#i18n.fileSize(document.size),
          ]
            .filter(Boolean)
            .join(' · ')}</span>
        ${failure ? html`<span class="failure" role="alert">${failure}</span>` : nothing}
      </div>
      <div class="actions">
        ${VIEWABLE.test(document.mimeType)
          ? html`<portaal-button size="sm" label=${t('policyDocuments.viewLabel', names)} ?loading=${busy} @click=${() => this.#fetch(document, 'view')}
              >${t('policyDocuments.view')}</portaal-button
            >`
          : nothing}
        <portaal-button
          size="sm"
          variant="primary"
          label=${t('policyDocuments.downloadLabel', names)}
          ?loading=${busy}
          @click=${() => this.#fetch(document, 'download')}
          >${t('policyDocuments.download')}</portaal-button
        >
      </div>
    </li>`;
  }

  async #fetch(document: PortaalDocument, purpose: 'view' | 'download'): Promise<void> {
    const adapter = this.#portaal.adapter;
    if (!adapter || this.busy.has(document.id)) return;
    this.busy = new Set(this.busy).add(document.id);
    const failures = new Map(this.failures);
    failures.delete(document.id);
    this.failures = failures;
    try {
      const blob = await adapter.policies.download(document.id);
      const extension = EXTENSIONS[blob.type || document.mimeType] ?? 'bin';
      const filename = `${slugify(this.#number())}-${slugify(document.title)}.${extension}`;
      const detail: DocumentFileDetail = { document, policyId: this.policyId, blob, filename };
      if (purpose === 'view') {
        if (emit(this, 'portaal-document-view', detail, { cancelable: true }) && !this.#open(blob)) saveBlob(blob, filename);
        void announce(this.#i18n.t('policyDocuments.opened', { document: document.title }));
      } else {
        if (emit(this, 'portaal-document-download', detail, { cancelable: true })) saveBlob(blob, filename);
        void announce(this.#i18n.t('policyDocuments.downloaded', { document: document.title }));
      }
    } catch (error) {
      const message = this.#i18n.t('policyDocuments.failed', { document: document.title, reason: this.#i18n.error(error) });
      this.failures = new Map(this.failures).set(document.id, message);
    } finally {
      const busy = new Set(this.busy);
      busy.delete(document.id);
      this.busy = busy;
    }
  }

  /** Opens the file in a new tab; false when a pop-up blocker refused. */
  #open(blob: Blob): boolean {
    const url = URL.createObjectURL(blob);
    const opened = window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return opened !== null;
  }
}
