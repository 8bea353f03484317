/** The organisations a user works for, the current one of the session and the default at login. */
import { PortaalError } from '@portaal/core';
import type { Organisation, OrganisationsAdapter, Session } from '@portaal/core';
import type { BackendState, UserRecord } from '../state.js';

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export class OrganisationsArea implements OrganisationsAdapter {
  readonly #state: BackendState;

  constructor(state: BackendState) {
    this.#state = state;
  }

  async list(): Promise<Organisation[]> {
    const { user } = this.#state.requireSession();
    return user.memberships
      .map((membership) => this.#state.organisations.get(membership.organisationId))
      .filter((organisation): organisation is Organisation => organisation !== undefined)
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((organisation) => structuredClone(organisation));
  }

  async get(id: string): Promise<Organisation> {
    const { user } = this.#state.requireSession();
    return structuredClone(this.#memberOf(user, id));
  }

  async select(id: string): Promise<Session> {
    const { session, user } = this.#state.requireSession();
    this.#memberOf(user, id);
    session.currentOrganisationId = id;
    session.lastActivity = this.#state.now();
    return this.#state.sessionView();
  }

  /** Kept on the user, so it survives logout and applies at the next login. */
  async setDefault(id: string | null): Promise<Session> {
    const { session, user } = this.#state.requireSession();
    if (id !== null) this.#memberOf(user, id);
    user.defaultOrganisationId = id;
    session.lastActivity = this.#state.now();
    return this.#state.sessionView();
  }

  /** `not_found` for an id nobody has, `forbidden` for someone else's organisation. */
  #memberOf(user: UserRecord, id: string): Organisation {
    const organisation = this.#state.organisations.get(id);
    if (!organisation) throw new PortaalError('not_found', 'unknown organisation');
    if (!this.#state.membership(user, id)) throw new PortaalError('forbidden', 'not a member of this organisation');
    return organisation;
  }
}
