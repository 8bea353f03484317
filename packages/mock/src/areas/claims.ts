/** The current organisation's claims, their documents and the conversation with the handler. */
import { PortaalError } from '@portaal/core';
import type { Attachment, Claim, ClaimMessage, ClaimsAdapter, ListQuery, Page, PortaalDocument } from '@portaal/core';
import { claimDocuments, documentOwnerId } from '../documents.js';
import { fieldError } from '../field-error.js';
import type { StoredDocument } from '../documents.js';
import { initialMessages } from '../messages.js';
import { runQuery } from '../query.js';
import type { Access, BackendState } from '../state.js';
import { CLAIM_FIELDS } from './fields.js';
import { documentBlob } from './policies.js';

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class ClaimsArea implements ClaimsAdapter {
  readonly #state: BackendState;

  constructor(state: BackendState) {
    this.#state = state;
  }

  async list(query?: ListQuery): Promise<Page<Claim>> {
    const { organisationId } = this.#state.requireAccess('claims');
    const page = runQuery(this.#state.claimsByOrganisation.get(organisationId) ?? [], query, CLAIM_FIELDS);
    return { items: page.items.map((claim) => structuredClone(claim)), total: page.total };
  }

  async get(id: string): Promise<Claim> {
    return structuredClone(this.#claim(id).claim);
  }

  async documents(claimId: string): Promise<PortaalDocument[]> {
    return this.#documents(claimId).map((stored) => stored.document);
  }

  async download(documentId: string): Promise<Blob> {
    const stored = this.#documents(documentOwnerId(documentId) ?? '', 'document').find((entry) => entry.document.id === documentId);
    if (!stored) throw new PortaalError('not_found', 'unknown document');
    return documentBlob(stored);
  }

  async messages(claimId: string): Promise<ClaimMessage[]> {
    const { claim } = this.#claim(claimId);
    return structuredClone(this.#thread(claim));
  }

  async sendMessage(claimId: string, body: string, files: readonly File[] = []): Promise<ClaimMessage> {
    const { claim, access } = this.#claim(claimId);
    const text = body.trim();
    if (text === '' && files.length === 0) throw fieldError('body', 'required');
    if (text.length > MAX_MESSAGE_LENGTH) throw fieldError('body', 'too_long');
    if (files.some((file) => file.size > MAX_FILE_BYTES)) throw fieldError('files', 'too_large');
    const attachments: Attachment[] = files.map((file) => ({
      id: this.#state.nextId('att'),
      name: file.name || 'attachment',
      mimeType: file.type || 'application/octet-stream',
      size: file.size,
    }));
    return this.#append(claim, access, text, attachments, false);
  }

  /** The client asks the handler something; marked as a question so the handler's inbox shows it. */
  async requestInformation(claimId: string, question: string): Promise<ClaimMessage> {
    const { claim, access } = this.#claim(claimId);
    const text = question.trim();
    if (text === '') throw fieldError('question', 'required');
    if (text.length > MAX_MESSAGE_LENGTH) throw fieldError('question', 'too_long');
    return this.#append(claim, access, text, [], true);
  }

  #append(claim: Claim, access: Access, body: string, attachments: Attachment[], isQuestion: boolean): ClaimMessage {
    const thread = this.#thread(claim);
    const message: ClaimMessage = {
      id: this.#state.nextId(`${claim.id}~m`),
      claimId: claim.id,
      author: { role: 'client', name: access.user.name },
      body,
      sentAt: this.#state.isoNow(),
      attachments,
      isQuestion,
    };
    thread.push(message);
    return structuredClone(message);
  }

  #claim(id: string, what = 'claim'): { claim: Claim; access: Access } {
    const access = this.#state.requireAccess('claims');
    const claim = this.#state.claims.get(id);
    if (!claim || claim.organisationId !== access.organisationId) throw new PortaalError('not_found', `unknown ${what}`);
    return { claim, access };
  }

  #documents(claimId: string, what = 'claim'): StoredDocument[] {
    const { claim } = this.#claim(claimId, what);
    return claimDocuments(claim, this.#state.language(claim.organisationId));
  }

  #thread(claim: Claim): ClaimMessage[] {
    let thread = this.#state.messages.get(claim.id);
    if (!thread) {
      const organisation = this.#state.organisations.get(claim.organisationId);
      const client = organisation?.contacts[0]?.name ?? organisation?.name ?? 'Client';
      thread = initialMessages(claim, this.#state.language(claim.organisationId), this.#state.seed.options.seed, client);
      this.#state.messages.set(claim.id, thread);
    }
    return thread;
  }
}
