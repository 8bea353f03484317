/**
 * The in-memory insurer back end. Its areas (`auth`, `organisations`, …) implement the adapter
 * contract's rules; `createMockAdapter` and the msw handlers put faults and latency in front of
 * them. The `debug…` members are testing and demo aids (a mail catcher, the TOTP secrets): a real
 * back end has no such thing.
 */
import type { Adapter } from '@portaal/core';
import { AuthArea } from './areas/auth.js';
import { ClaimsArea } from './areas/claims.js';
import { DeclarationsArea } from './areas/declarations.js';
import { OrganisationsArea } from './areas/organisations.js';
import { PoliciesArea } from './areas/policies.js';
import { DEFAULT_PASSWORD_ITERATIONS, totpCode } from './credentials.js';
import { sleep, throwIfAborted } from './delay.js';
import { createSeed } from './seed.js';
import type { Seed, SeedOptions } from './seed.js';
import { BackendState } from './state.js';
import type { SentEmail, SessionRecord } from './state.js';

/** `'policies.list'`, `'auth.login'`…: every method of the contract by name. */
export type AdapterMethod = { [G in keyof Adapter]: `${G}.${keyof Adapter[G] & string}` }[keyof Adapter];

/**
 * - `network`: the request never arrives (fetch rejects with `TypeError('Failed to fetch')`)
 * - `server`: HTTP 500
 * - `malformed`: a 200 whose body does not fit the contract (→ `invalid_response`)
 */
export type FaultKind = 'network' | 'server' | 'malformed';

export interface MockBackendOptions {
  /** Seed data, or options to generate it; default: the standard demo seed. */
  seed?: Seed | SeedOptions;
  /** Clock in epoch milliseconds; inject one to test expiry, TOTP steps and lockouts. */
  now?: () => number;
  /** Delay before every answer, in ms. */
  latency?: number;
  /** PBKDF2 iterations for password hashes; tests may lower it for speed. */
  passwordIterations?: number;
  /**
   * Keeps the tab's session across page reloads, as a session cookie does for a real back end
   * (the demo passes `sessionStorage`). Only who is logged in, the organisation and the last
   * activity are kept — never passwords, codes or secrets.
   */
  sessionStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

const SESSION_KEY = 'portaal-mock-session';

let defaultSeed: Seed | undefined;

export class MockBackend {
  readonly auth: AuthArea;
  readonly organisations: OrganisationsArea;
  readonly policies: PoliciesArea;
  readonly claims: ClaimsArea;
  readonly declarations: DeclarationsArea;
  readonly #state: BackendState;
  readonly #faults: { kind: FaultKind; method: AdapterMethod | undefined }[] = [];
  readonly #sessionStorage: MockBackendOptions['sessionStorage'] | null;

  constructor(options: MockBackendOptions = {}) {
    const given = options.seed;
    // Policies and claims are read-only, so back ends may share one generated default seed.
    const seed = given && 'organisations' in given ? given : given ? createSeed(given) : (defaultSeed ??= createSeed());
    this.#state = new BackendState(seed, options.now ?? Date.now, options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS);
    this.#state.latency = options.latency ?? 0;
    this.#sessionStorage = options.sessionStorage ?? null;
    this.#restoreSession();
    this.auth = new AuthArea(this.#state);
    this.organisations = new OrganisationsArea(this.#state);
    this.policies = new PoliciesArea(this.#state);
    this.claims = new ClaimsArea(this.#state);
    this.declarations = new DeclarationsArea(this.#state);
  }

  /** The seed this back end started from (ids for tests and stories); read-only, it may be shared. */
  get seed(): Seed {
    return this.#state.seed;
  }

  now(): number {
    return this.#state.now();
  }

  // --- Faults and latency ---------------------------------------------------------------------

  setLatency(ms: number): void {
    this.#state.latency = Math.max(0, ms);
  }

  /** The next call (of `method`, or of any method) fails this way; calls queue up in order. */
  failNext(kind: FaultKind, method?: AdapterMethod): void {
    this.#faults.push({ kind, method });
  }

  clearFaults(): void {
    this.#faults.length = 0;
  }

  /**
   * What every adapter call goes through first: the latency (abortable) and a pending fault.
   * Used by `createMockAdapter` and the msw handlers, not meant for elements.
   */
  async enter(method: AdapterMethod, signal?: AbortSignal): Promise<FaultKind | null> {
    throwIfAborted(signal);
    await sleep(this.#state.latency, signal);
    const index = this.#faults.findIndex((fault) => fault.method === undefined || fault.method === method);
    if (index === -1) return null;
    const [fault] = this.#faults.splice(index, 1);
    return fault?.kind ?? null;
  }

  /** What every adapter call goes through last: the session, as a cookie would, outlives a reload. */
  leave(): void {
    const storage = this.#sessionStorage;
    if (!storage) return;
    const session = this.#state.session;
    if (session) storage.setItem(SESSION_KEY, JSON.stringify(session));
    else storage.removeItem(SESSION_KEY);
  }

  #restoreSession(): void {
    try {
      const saved = JSON.parse(this.#sessionStorage?.getItem(SESSION_KEY) ?? 'null') as SessionRecord | null;
      if (saved && this.#state.users.has(saved.userId)) this.#state.session = { ...saved };
    } catch {
      this.#sessionStorage?.removeItem(SESSION_KEY);
    }
  }

  // --- Testing and demo aids ------------------------------------------------------------------

  /** Every e-mail "sent" so far (codes, reset links), newest last, as a mail catcher shows them. */
  get debugOutbox(): readonly SentEmail[] {
    return this.#state.outbox.map((mail) => ({ ...mail }));
  }

  /** The newest e-mail to `to` (optionally of one kind). */
  debugLastEmail(to: string, kind?: SentEmail['kind']): SentEmail | undefined {
    const address = to.toLowerCase();
    return this.debugOutbox.findLast((mail) => mail.to.toLowerCase() === address && (kind === undefined || mail.kind === kind));
  }

  /** The user's active TOTP secret (base32), so the demo can show a live code; null without TOTP. */
  debugTotpSecret(email: string): string | null {
    return this.#state.usersByEmail.get(email.toLowerCase())?.totpSecret ?? null;
  }

  /** The user's TOTP code at the back end's current time, as their authenticator app would show it. */
  async debugTotpCode(email: string, at = this.now()): Promise<string | null> {
    const secret = this.debugTotpSecret(email);
    return secret === null ? null : totpCode(secret, at);
  }

  /**
   * A local administrator takes the user's access to an organisation away. The user's default
   * profile is left as it was, the way a back end keeps a preference that no longer applies, so the
   * next login shows the picker with a message; a session currently in that organisation loses it.
   */
  debugRemoveMembership(email: string, organisationId: string): void {
    const user = this.#state.usersByEmail.get(email.toLowerCase());
    if (!user) throw new Error(`no user ${email}`);
    user.memberships = user.memberships.filter((membership) => membership.organisationId !== organisationId);
    const session = this.#state.session;
    if (session?.userId === user.id && session.currentOrganisationId === organisationId) session.currentOrganisationId = null;
    this.leave();
  }

  /** The insurer starts handling a sent declaration: it can no longer be cancelled or reopened. */
  debugStartProcessing(declarationId: string): void {
    const declaration = this.#state.declarations.get(declarationId);
    if (!declaration) throw new Error(`no declaration ${declarationId}`);
    declaration.status = 'processing';
    declaration.version += 1;
    declaration.updatedAt = this.#state.isoNow();
  }

  /** Which area a document belongs to (the HTTP route serves both kinds under `/documents/:id`). */
  documentArea(documentId: string): 'policies' | 'claims' | null {
    const owner = documentId.split('~')[0] ?? '';
    return this.#state.policies.has(owner) ? 'policies' : this.#state.claims.has(owner) ? 'claims' : null;
  }
}
