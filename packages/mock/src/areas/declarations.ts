/**
 * Claim declarations: drafts with optimistic versioning (a save over someone else's is a conflict),
 * an idempotent submit, cancel/reopen while the insurer has not started, attachments and the PDF.
 */
import { DeclarationSchema, PortaalError } from '@portaal/core';
import type { Attachment, Declaration, DeclarationInput, DeclarationsAdapter, DeclarationStatus, UploadOptions } from '@portaal/core';
import { abortError, sleep, throwIfAborted } from '../delay.js';
import { fieldError } from '../field-error.js';
import { tinyPdf } from '../pdf.js';
import type { Access, BackendState } from '../state.js';
import { MAX_FILE_BYTES } from './claims.js';

/** What the list shows: work in progress and what the insurer has not finished with. */
const OPEN_STATUSES: readonly DeclarationStatus[] = ['draft', 'sent', 'processing'];

const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

const InputSchema = DeclarationSchema.pick({ lineOfBusiness: true, policyId: true, answers: true, attachments: true });

export class DeclarationsArea implements DeclarationsAdapter {
  readonly #state: BackendState;

  constructor(state: BackendState) {
    this.#state = state;
  }

  async list(): Promise<Declaration[]> {
    const { organisationId } = this.#state.requireAccess('declarations');
    return [...this.#state.declarations.values()]
      .filter((declaration) => declaration.organisationId === organisationId && OPEN_STATUSES.includes(declaration.status))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
      .map((declaration) => structuredClone(declaration));
  }

  async get(id: string): Promise<Declaration> {
    return structuredClone(this.#find(id).declaration);
  }

  async saveDraft(input: DeclarationInput, expectedVersion: number | null): Promise<Declaration> {
    const access = this.#state.requireAccess('declarations');
    const fields = this.#parse(input, access, false);
    if (input.id === undefined) {
      if (expectedVersion !== null) throw fieldError('expectedVersion', 'must_be_null');
      return structuredClone(this.#create(fields, access, 'draft'));
    }
    const { declaration } = this.#find(input.id);
    if (declaration.status !== 'draft') throw conflict(declaration, 'only a draft can be saved');
    if (expectedVersion !== declaration.version) throw conflict(declaration, 'someone saved this draft in between');
    return structuredClone(this.#update(declaration, fields, access, 'draft'));
  }

  async submit(input: DeclarationInput, idempotencyKey: string): Promise<Declaration> {
    const access = this.#state.requireAccess('declarations');
    if (idempotencyKey.trim() === '') throw fieldError('idempotencyKey', 'required');
    // A retried submit (lost answer, double click) returns what the first one created.
    const earlier = this.#state.idempotencyKeys.get(idempotencyKey);
    const known = earlier === undefined ? undefined : this.#state.declarations.get(earlier);
    if (known) return structuredClone(known);

    const fields = this.#parse(input, access, true);
    let declaration: Declaration;
    if (input.id === undefined) {
      declaration = this.#create(fields, access, 'sent');
    } else {
      const existing = this.#find(input.id).declaration;
      if (existing.status !== 'draft') throw conflict(existing, 'already sent');
      declaration = this.#update(existing, fields, access, 'sent');
    }
    this.#state.idempotencyKeys.set(idempotencyKey, declaration.id);
    this.#state.sendEmail({
      to: access.user.email,
      kind: 'declaration-confirmation',
      subject: 'Portaal: your claim declaration was received',
      body: `We received declaration ${declaration.id}. The summary is attached as a PDF.`,
      declarationId: declaration.id,
    });
    return structuredClone(declaration);
  }

  async cancel(id: string): Promise<Declaration> {
    return this.#changeSent(id, 'cancelled');
  }

  async reopen(id: string): Promise<Declaration> {
    return this.#changeSent(id, 'draft');
  }

  /** Reports progress in a few steps (each taking a share of the latency) and stops on abort. */
  async uploadAttachment(file: File, options: UploadOptions = {}): Promise<Attachment> {
    this.#state.requireAccess('declarations');
    const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
    const mimeType = file.type || ALLOWED_TYPES[extension] || '';
    if (file.size === 0) throw fieldError('file', 'empty');
    if (file.size > MAX_FILE_BYTES) throw fieldError('file', 'too_large');
    if (!Object.values(ALLOWED_TYPES).includes(mimeType)) throw fieldError('file', 'type_not_allowed');
    const step = this.#state.latency / 4;
    for (const fraction of [0, 0.25, 0.5, 0.75]) {
      throwIfAborted(options.signal);
      options.onProgress?.(fraction);
      await sleep(step, options.signal);
    }
    throwIfAborted(options.signal);
    options.onProgress?.(1);
    const attachment: Attachment = { id: this.#state.nextId('att'), name: file.name || 'attachment', mimeType, size: file.size };
    this.#state.uploads.set(attachment.id, attachment);
    return { ...attachment };
  }

  async summaryPdf(id: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
    const { declaration } = this.#find(id);
    if (options.signal?.aborted) throw abortError();
    const policy = declaration.policyId ? this.#state.policies.get(declaration.policyId) : undefined;
    const lines = [
      'Schadeaangifte / Declaration de sinistre',
      `Referentie: ${declaration.id} (versie ${declaration.version})`,
      `Status: ${declaration.status}`,
      `Polis: ${policy ? `${policy.number} - ${policy.product}` : '-'}`,
      ...Object.entries(declaration.answers).flatMap(([step, answers]) =>
        Object.entries(answers).map(([field, value]) => `${step}.${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`),
      ),
      ...declaration.attachments.map((attachment) => `Bijlage: ${attachment.name}`),
    ];
    return new Blob([tinyPdf(lines) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  }

  // --- helpers ----------------------------------------------------------------------------------

  #find(id: string): { declaration: Declaration; access: Access } {
    const access = this.#state.requireAccess('declarations');
    const declaration = this.#state.declarations.get(id);
    if (!declaration || declaration.organisationId !== access.organisationId) throw new PortaalError('not_found', 'unknown declaration');
    return { declaration, access };
  }

  /** Checks the shape (input may come over HTTP) and that policy and attachments belong here. */
  #parse(input: DeclarationInput, access: Access, complete: boolean): DeclarationInput {
    const parsed = InputSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || 'declaration'] ??= []).push('invalid');
      throw new PortaalError('validation', 'invalid declaration', { fieldErrors });
    }
    const fields = parsed.data;
    if (fields.policyId === null) {
      if (complete) throw fieldError('policyId', 'required');
    } else if (this.#state.policies.get(fields.policyId)?.organisationId !== access.organisationId) {
      throw fieldError('policyId', 'unknown_policy');
    }
    if (fields.attachments.some((attachment) => !this.#state.uploads.has(attachment.id))) {
      throw fieldError('attachments', 'unknown_attachment');
    }
    return fields;
  }

  #create(fields: DeclarationInput, access: Access, status: DeclarationStatus): Declaration {
    const now = this.#state.isoNow();
    let id: string;
    do id = this.#state.nextId('dcl');
    while (this.#state.declarations.has(id)); // seed declarations use the same id pattern
    const declaration: Declaration = {
      id,
      organisationId: access.organisationId,
      lineOfBusiness: fields.lineOfBusiness,
      policyId: fields.policyId,
      status,
      version: 1,
      answers: structuredClone(fields.answers),
      attachments: structuredClone(fields.attachments),
      createdAt: now,
      updatedAt: now,
      updatedBy: access.user.name,
      claimId: null,
    };
    this.#state.declarations.set(declaration.id, declaration);
    return declaration;
  }

  #update(declaration: Declaration, fields: DeclarationInput, access: Access, status: DeclarationStatus): Declaration {
    Object.assign(declaration, {
      lineOfBusiness: fields.lineOfBusiness,
      policyId: fields.policyId,
      answers: structuredClone(fields.answers),
      attachments: structuredClone(fields.attachments),
      status,
      version: declaration.version + 1,
      updatedAt: this.#state.isoNow(),
      updatedBy: access.user.name,
    });
    return declaration;
  }

  /** Cancel and reopen apply only while sent and untouched by the insurer. */
  #changeSent(id: string, status: DeclarationStatus): Declaration {
    const { declaration, access } = this.#find(id);
    if (declaration.status !== 'sent') throw conflict(declaration, `a ${declaration.status} declaration cannot change`);
    Object.assign(declaration, { status, version: declaration.version + 1, updatedAt: this.#state.isoNow(), updatedBy: access.user.name });
    return structuredClone(declaration);
  }
}

function conflict(declaration: Declaration, message: string): PortaalError {
  return new PortaalError('conflict', message, { currentVersion: declaration.version });
}
