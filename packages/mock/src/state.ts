/**
 * Everything the mock back end remembers, plus the checks every area needs (who is logged in,
 * which organisation, which menu items). One state serves one browser tab: the current session
 * lives here the way a session cookie would.
 */
import { PortaalError } from '@portaal/core';
import type {
  Attachment,
  Claim,
  ClaimMessage,
  Declaration,
  MenuItem,
  Membership,
  Organisation,
  Policy,
  SecondFactorMethod,
  Session,
} from '@portaal/core';
import { hashPassword, randomToken } from './credentials.js';
import type { PasswordHash } from './credentials.js';
import type { Seed } from './seed.js';
import type { Language } from './vocabulary.js';

export const IDLE_TIMEOUT_SECONDS = 1800;
const DAY = 86_400_000;

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  locale: string;
  secondFactors: SecondFactorMethod[];
  totpSecret: string | null;
  /** Last TOTP time step accepted: that step and older ones are refused (replay protection). */
  lastTotpStep: number | null;
  passwordHash: Promise<PasswordHash>;
  /** Enrolment may be postponed until this moment (ms), null when it may not. */
  enrolmentDeadline: number | null;
  memberships: Membership[];
  defaultOrganisationId: string | null;
  /** Wrong second-factor codes in a row (TOTP and e-mail share the counter). */
  failedCodes: number;
  lockedUntil: number;
}

export interface Challenge {
  id: string;
  userId: string;
  kind: 'second-factor' | 'enrolment';
  methods: SecondFactorMethod[];
  expiresAt: number;
  emailCode: { code: string; sentAt: number; expiresAt: number } | null;
  enrolment: { method: 'totp'; secret: string } | { method: 'email' } | null;
}

export interface SessionRecord {
  userId: string;
  currentOrganisationId: string | null;
  lastActivity: number;
}

/** A "sent" e-mail, as a mail catcher would show it (codes and links are readable on purpose). */
export interface SentEmail {
  id: string;
  to: string;
  kind: 'email-code' | 'password-reset' | 'declaration-confirmation';
  subject: string;
  body: string;
  sentAt: string;
  code?: string;
  token?: string;
  link?: string;
  declarationId?: string;
}

export interface Access {
  user: UserRecord;
  session: SessionRecord;
  organisationId: string;
}

function groupBy<T extends { organisationId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.organisationId);
    if (group) group.push(item);
    else groups.set(item.organisationId, [item]);
  }
  return groups;
}

export class BackendState {
  readonly now: () => number;
  readonly seed: Seed;
  readonly passwordIterations: number;
  latency = 0;

  readonly users = new Map<string, UserRecord>();
  readonly usersByEmail = new Map<string, UserRecord>();
  readonly organisations: Map<string, Organisation>;
  readonly languages: Record<string, Language>;
  readonly policiesByOrganisation: Map<string, Policy[]>;
  readonly policies: Map<string, Policy>;
  readonly claimsByOrganisation: Map<string, Claim[]>;
  readonly claims: Map<string, Claim>;
  /** Threads are built on first read (see messages.ts) and then kept here. */
  readonly messages = new Map<string, ClaimMessage[]>();
  readonly declarations = new Map<string, Declaration>();
  readonly idempotencyKeys = new Map<string, string>();
  readonly uploads = new Map<string, Attachment>();
  readonly challenges = new Map<string, Challenge>();
  readonly resetTokens = new Map<string, { userId: string; expiresAt: number }>();
  readonly outbox: SentEmail[] = [];
  /** Hash of a random password, checked for unknown e-mails so both paths cost the same. */
  readonly decoyHash: Promise<PasswordHash>;
  session: SessionRecord | null = null;
  #sequence = 0;

  constructor(seed: Seed, now: () => number, passwordIterations: number) {
    this.seed = seed;
    this.now = now;
    this.passwordIterations = passwordIterations;
    const start = now();
    for (const user of seed.users) {
      const record: UserRecord = {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        secondFactors: [...user.secondFactors],
        totpSecret: user.totpSecret,
        lastTotpStep: null,
        // Hashed once at start; the plain password is not kept.
        passwordHash: hashPassword(user.password, passwordIterations),
        enrolmentDeadline: user.postponeEnrolmentDays === null ? null : start + user.postponeEnrolmentDays * DAY,
        memberships: structuredClone(user.memberships),
        defaultOrganisationId: user.defaultOrganisationId,
        failedCodes: 0,
        lockedUntil: 0,
      };
      this.users.set(record.id, record);
      this.usersByEmail.set(record.email.toLowerCase(), record);
    }
    this.decoyHash = hashPassword(randomToken(), passwordIterations);
    this.organisations = new Map(seed.organisations.map((organisation) => [organisation.id, organisation]));
    this.languages = seed.languages;
    // Policies and claims are never changed, so they are shared with the seed (no copy of 100 000 rows).
    this.policies = new Map(seed.policies.map((policy) => [policy.id, policy]));
    this.policiesByOrganisation = groupBy(seed.policies);
    this.claims = new Map(seed.claims.map((claim) => [claim.id, claim]));
    this.claimsByOrganisation = groupBy(seed.claims);
    for (const declaration of seed.declarations) this.declarations.set(declaration.id, structuredClone(declaration));
  }

  /** A short id unique within this back end, e.g. `att-000007`. */
  nextId(prefix: string): string {
    this.#sequence += 1;
    return `${prefix}-${String(this.#sequence).padStart(6, '0')}`;
  }

  isoNow(): string {
    return new Date(this.now()).toISOString();
  }

  language(organisationId: string): Language {
    return this.languages[organisationId] ?? 'nl';
  }

  // --- Session --------------------------------------------------------------------------------

  /** The live session, or null; an idle one is ended here. */
  liveSession(): SessionRecord | null {
    const session = this.session;
    if (session && this.now() - session.lastActivity >= IDLE_TIMEOUT_SECONDS * 1000) this.session = null;
    return this.session;
  }

  requireSession(): { session: SessionRecord; user: UserRecord } {
    const session = this.liveSession();
    const user = session ? this.users.get(session.userId) : undefined;
    if (!session || !user) throw new PortaalError('unauthenticated', 'not logged in or session expired');
    return { session, user };
  }

  membership(user: UserRecord, organisationId: string): Membership | undefined {
    return user.memberships.find((membership) => membership.organisationId === organisationId);
  }

  /** Logged in, an organisation chosen, and `item` on this user's menu for it. */
  requireAccess(item: MenuItem): Access {
    const { session, user } = this.requireSession();
    const organisationId = session.currentOrganisationId;
    if (organisationId === null) throw new PortaalError('forbidden', 'no organisation selected');
    const membership = this.membership(user, organisationId);
    if (!membership?.menu.includes(item)) throw new PortaalError('forbidden', `no access to ${item}`);
    return { session, user, organisationId };
  }

  startSession(user: UserRecord): Session {
    const valid = (id: string | null) => id !== null && this.membership(user, id) !== undefined;
    const only = user.memberships.length === 1 ? (user.memberships[0]?.organisationId ?? null) : null;
    this.session = {
      userId: user.id,
      currentOrganisationId: valid(user.defaultOrganisationId) ? user.defaultOrganisationId : only,
      lastActivity: this.now(),
    };
    return this.sessionView();
  }

  /** The session as the contract describes it (a fresh object every time). */
  sessionView(): Session {
    const { session, user } = this.requireSession();
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale,
        secondFactors: [...user.secondFactors],
      },
      memberships: structuredClone(user.memberships),
      currentOrganisationId: session.currentOrganisationId,
      defaultOrganisationId: user.defaultOrganisationId,
      idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
      expiresAt: new Date(session.lastActivity + IDLE_TIMEOUT_SECONDS * 1000).toISOString(),
    };
  }

  sendEmail(email: Omit<SentEmail, 'id' | 'sentAt'>): void {
    this.outbox.push({ ...email, id: this.nextId('mail'), sentAt: this.isoNow() });
  }
}
