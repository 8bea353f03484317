/** The current organisation's policies and their documents. */
import { PortaalError } from '@portaal/core';
import type { ListQuery, Page, PoliciesAdapter, Policy, PortaalDocument } from '@portaal/core';
import { documentOwnerId, policyDocuments } from '../documents.js';
import type { StoredDocument } from '../documents.js';
import { runQuery } from '../query.js';
import type { BackendState } from '../state.js';
import { POLICY_FIELDS } from './fields.js';

export function documentBlob(stored: StoredDocument): Blob {
  return new Blob([stored.body as Uint8Array<ArrayBuffer>], { type: stored.document.mimeType });
}

export class PoliciesArea implements PoliciesAdapter {
  readonly #state: BackendState;

  constructor(state: BackendState) {
    this.#state = state;
  }

  /** Unknown filter or sort keys are a `validation` error (queries may come from a URL). */
  async list(query?: ListQuery): Promise<Page<Policy>> {
    const { organisationId } = this.#state.requireAccess('policies');
    const page = runQuery(this.#state.policiesByOrganisation.get(organisationId) ?? [], query, POLICY_FIELDS);
    return { items: page.items.map((policy) => structuredClone(policy)), total: page.total };
  }

  async documents(policyId: string): Promise<PortaalDocument[]> {
    return this.#documents(policyId).map((stored) => stored.document);
  }

  async download(documentId: string): Promise<Blob> {
    const stored = this.#documents(documentOwnerId(documentId) ?? '', 'document').find((entry) => entry.document.id === documentId);
    if (!stored) throw new PortaalError('not_found', 'unknown document');
    return documentBlob(stored);
  }

  /** Another organisation's policy is `not_found`: lists are scoped, ids from elsewhere do not exist here. */
  #documents(policyId: string, what = 'policy'): StoredDocument[] {
    const { organisationId } = this.#state.requireAccess('policies');
    const policy = this.#state.policies.get(policyId);
    if (!policy || policy.organisationId !== organisationId) throw new PortaalError('not_found', `unknown ${what}`);
    return policyDocuments(policy, this.#state.language(organisationId));
  }
}
