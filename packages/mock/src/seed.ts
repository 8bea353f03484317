/**
 * Deterministic seed data: the same options give the same data on every run. Only plain objects are
 * built here (cheap enough for 100 000 policies and claims); documents and message threads are
 * derived on demand from the entity they belong to (see documents.ts and messages.ts).
 */
import { CLAIM_STATUSES, LINES_OF_BUSINESS, POLICY_STATUSES, withCheckDigits } from '@portaal/core';
import type {
  Claim,
  ClaimStatus,
  Declaration,
  LineOfBusiness,
  Membership,
  Organisation,
  Policy,
  PolicyStatus,
  SecondFactorMethod,
} from '@portaal/core';
import { ACCOUNTS, BROKER_INTERMEDIARY, DEMO_PASSWORD, MAIN_ORGANISATIONS, fullMembership } from './accounts.js';
import type { Profile } from './accounts.js';
import { totpSecretFromBytes } from './credentials.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { Random, weightedPicker } from './random.js';
import {
  ACTIVITIES,
  CLAIM_COST_RANGE,
  CLAIM_DESCRIPTIONS,
  CONTACT_ROLES,
  FIRST_NAMES,
  HANDLERS,
  LAST_NAMES,
  LEGAL_FORMS,
  PLACES,
  POLICY_NUMBER_PREFIX,
  PREMIUM_RANGE,
  PRODUCTS,
  TRADES,
  VEHICLES,
  slug,
} from './vocabulary.js';
import type { Language } from './vocabulary.js';

export interface SeedOptions {
  /** PRNG seed; another number gives other (but equally deterministic) data. */
  seed?: number;
  policies?: number;
  claims?: number;
  /** Small client organisations of the broker account. */
  extraOrganisations?: number;
  /** `YYYY-MM-DD`: "today" for the generated dates, fixed so that the data never drifts. */
  referenceDate?: string;
}

export interface SeedUser {
  id: string;
  email: string;
  name: string;
  locale: string;
  /** The initial password; the back end hashes it at start and keeps only the hash. */
  password: string;
  secondFactors: SecondFactorMethod[];
  /** Base32 TOTP secret when `secondFactors` holds `totp`. */
  totpSecret: string | null;
  postponeEnrolmentDays: number | null;
  memberships: Membership[];
  defaultOrganisationId: string | null;
}

export interface Seed {
  options: Required<SeedOptions>;
  organisations: Organisation[];
  /** Language each organisation works in; generated texts (messages, documents) follow it. */
  languages: Record<string, Language>;
  users: SeedUser[];
  policies: Policy[];
  claims: Claim[];
  declarations: Declaration[];
}

export const DEFAULT_SEED_OPTIONS: Required<SeedOptions> = {
  seed: 20261121,
  policies: 240,
  claims: 600,
  extraOrganisations: 150,
  referenceDate: '2026-11-21',
};

const DAY = 86_400_000;

const PICK_LINE: Readonly<Record<Profile, (random: Random) => LineOfBusiness>> = {
  fleet: weightedPicker<LineOfBusiness>({ car: 40, omnium: 25, liability: 8, accident: 5, 'work-accident': 12, fire: 5, hospitalisation: 5 }),
  general: weightedPicker<LineOfBusiness>({ car: 15, omnium: 8, liability: 15, accident: 10, 'work-accident': 20, fire: 20, hospitalisation: 12 }),
};
const pickPolicyStatus = weightedPicker<PolicyStatus>({ pending: 8, active: 60, suspended: 7, cancelled: 12, expired: 13 });
const pickClaimStatus = weightedPicker<ClaimStatus>({
  declared: 10,
  'in-progress': 25,
  'awaiting-information': 10,
  settled: 35,
  rejected: 8,
  closed: 12,
});
/** Share of policies held by the broker's many small clients (the rest goes to the five main ones). */
const EXTRA_SHARE = 0.2;

interface OrgInfo {
  id: string;
  name: string;
  language: Language;
  profile: Profile;
}

/** Day strings are cached: 100 000 rows share a few thousand distinct days. */
const dayCache = new Map<number, string>();
function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY);
  let text = dayCache.get(day);
  if (text === undefined) dayCache.set(day, (text = new Date(day * DAY).toISOString().slice(0, 10)));
  return text;
}
const dayParseCache = new Map<string, number>();
function parseDay(text: string): number {
  let ms = dayParseCache.get(text);
  if (ms === undefined) dayParseCache.set(text, (ms = Date.parse(text)));
  return ms;
}
const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));
/** Same text as `toISOString()` for whole seconds, without a Date per row. */
function isoDateTime(ms: number): string {
  const seconds = Math.floor((ms - Math.floor(ms / DAY) * DAY) / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return `${isoDate(ms)}T${time}.000Z`;
}
const cents = (value: number) => Math.round(value * 100) / 100;
const money = (amount: number) => ({ amount: cents(amount), currency: 'EUR' as const });

export function createSeed(options: SeedOptions = {}): Seed {
  const settings: Required<SeedOptions> = { ...DEFAULT_SEED_OPTIONS, ...options };
  // One PRNG stream per part, so e.g. more policies do not change the users' TOTP secrets.
  const stream = (part: number) => new Random((settings.seed + part * 0x9e3779b9) >>> 0);
  const today = Date.parse(`${settings.referenceDate}T12:00:00Z`);

  const extras = createExtraOrganisations(stream(1), settings.extraOrganisations);
  const organisations: Organisation[] = [
    ...MAIN_ORGANISATIONS.map(({ language: _l, profile: _p, weight: _w, ...organisation }) => organisation),
    ...extras.map((extra) => extra.organisation),
  ];
  const infos: OrgInfo[] = [
    ...MAIN_ORGANISATIONS.map(({ id, name, language, profile }) => ({ id, name, language, profile })),
    ...extras.map(({ organisation, language }) => ({ id: organisation.id, name: organisation.name, language, profile: 'general' as const })),
  ];
  const languages = Object.fromEntries(infos.map((info) => [info.id, info.language]));

  const policies = createPolicies(stream(2), settings.policies, infos, today);
  const claims = createClaims(stream(3), settings.claims, policies, infos, today);
  const declarations = createDeclarations(policies, today);
  const users = createUsers(stream(4), extras.map((extra) => extra.organisation.id));

  return { options: settings, organisations, languages, users, policies, claims, declarations };
}

// --- Organisations ----------------------------------------------------------------------------

function createExtraOrganisations(random: Random, count: number) {
  const used = new Set(MAIN_ORGANISATIONS.map((organisation) => organisation.enterpriseNumber));
  const extras: { organisation: Organisation; language: Language }[] = [];
  for (let i = 0; i < count; i++) {
    const place = random.pick(PLACES);
    const language = place.language;
    const lastName = random.pick(LAST_NAMES);
    // The first few broker clients carry hostile names (XSS, CSV formulas, RTL, very long).
    const name = HOSTILE_STRINGS[i] ?? `${random.pick(TRADES[language])} ${lastName} ${random.pick(LEGAL_FORMS[language])}`;
    let enterpriseNumber: string;
    do enterpriseNumber = withCheckDigits(`0${random.int(2, 9)}${random.digits(6)}`);
    while (used.has(enterpriseNumber));
    used.add(enterpriseNumber);
    const firstName = random.pick(FIRST_NAMES);
    const domain = `${slug(lastName)}-${i + 1}.example`;
    extras.push({
      language,
      organisation: {
        id: `org-x${String(i + 1).padStart(3, '0')}`,
        name,
        enterpriseNumber,
        addresses: [
          {
            kind: 'registered',
            street: random.pick(place.streets),
            number: String(random.int(1, 240)),
            postalCode: place.postalCode,
            city: place.city,
            country: 'BE',
          },
        ],
        contacts: [
          {
            name: `${firstName} ${lastName}`,
            role: random.pick(CONTACT_ROLES[language]),
            email: `${slug(firstName)}@${domain}`,
            phone: `+32 ${random.int(2, 9)} ${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`,
          },
        ],
        intermediary: BROKER_INTERMEDIARY,
      },
    });
  }
  return extras;
}

// --- Users ------------------------------------------------------------------------------------

function createUsers(random: Random, brokerClientIds: readonly string[]): SeedUser[] {
  return ACCOUNTS.map((account) => ({
    id: account.id,
    email: account.email,
    name: account.name,
    locale: account.locale,
    password: DEMO_PASSWORD,
    secondFactors: [...account.secondFactors],
    // Drawn for every account so adding a factor to one account does not shift the others' secrets.
    totpSecret: ((bytes) => (account.secondFactors.includes('totp') ? totpSecretFromBytes(bytes) : null))(random.bytes(20)),
    postponeEnrolmentDays: account.postponeEnrolmentDays,
    memberships: account.memberships.flatMap((membership) =>
      membership === 'broker-clients' ? brokerClientIds.map(fullMembership) : [{ ...membership, menu: [...membership.menu] }],
    ),
    defaultOrganisationId: null,
  }));
}

// --- Policies ---------------------------------------------------------------------------------

function pickOrganisation(random: Random, infos: readonly OrgInfo[]): OrgInfo {
  const mainCount = MAIN_ORGANISATIONS.length;
  if (infos.length > mainCount && random.chance(EXTRA_SHARE)) return infos[random.int(mainCount, infos.length - 1)]!;
  let roll = random.next() * MAIN_WEIGHT_TOTAL;
  for (let i = 0; i < mainCount; i++) {
    roll -= MAIN_ORGANISATIONS[i]!.weight;
    if (roll < 0) return infos[i]!;
  }
  return infos[0]!;
}
const MAIN_WEIGHT_TOTAL = MAIN_ORGANISATIONS.reduce((sum, organisation) => sum + organisation.weight, 0);

function plate(random: Random): string {
  return `${random.int(1, 2)}-${random.letters(3)}-${random.digits(3)}`;
}

function insuredRisk(random: Random, line: LineOfBusiness, org: OrgInfo): string {
  const nl = org.language === 'nl';
  const fr = org.language === 'fr';
  switch (line) {
    case 'car':
    case 'omnium':
      return `${random.pick(VEHICLES)} — ${plate(random)}`;
    case 'fire': {
      const place = random.pick(PLACES);
      return `${random.pick(place.streets)} ${random.int(1, 240)}, ${place.postalCode} ${place.city}`;
    }
    case 'work-accident': {
      const staff = random.int(2, 180);
      return nl ? `${staff} werknemers (arbeiders en bedienden)` : fr ? `${staff} travailleurs (ouvriers et employés)` : `${staff} Beschäftigte`;
    }
    case 'hospitalisation': {
      const members = random.int(3, 240);
      return nl ? `Collectief — ${members} aangeslotenen` : fr ? `Collectif — ${members} affiliés` : `Kollektiv — ${members} Versicherte`;
    }
    case 'liability': {
      const activity = random.pick(ACTIVITIES[org.language]);
      return nl ? `Uitbating — ${activity}` : fr ? `Exploitation — ${activity}` : `Betrieb — ${activity}`;
    }
    case 'accident': {
      const people = random.int(1, 25);
      return nl ? `${people} verzekerde personen` : fr ? `${people} personnes assurées` : `${people} versicherte Personen`;
    }
  }
}

function createPolicies(random: Random, count: number, infos: readonly OrgInfo[], today: number): Policy[] {
  const policies: Policy[] = new Array<Policy>(count);
  for (let i = 0; i < count; i++) {
    const org = pickOrganisation(random, infos);
    // The first 35 policies walk every line × status pair, so even a small seed covers them all.
    const line = i < 35 ? LINES_OF_BUSINESS[i % 7]! : PICK_LINE[org.profile](random);
    const status = i < 35 ? POLICY_STATUSES[Math.floor(i / 7)]! : pickPolicyStatus(random);
    const start = status === 'pending' ? today + random.int(1, 45) * DAY : today - random.int(30, 8 * 365) * DAY;
    let renewal: number | null = null;
    let end: number | null = null;
    if (status === 'active') {
      const years = Math.ceil((today - start) / (365 * DAY)) || 1;
      renewal = start + years * 365 * DAY;
    } else if (status === 'cancelled' || status === 'expired') {
      end = Math.min(start + random.int(20, 3 * 365) * DAY, today - random.int(1, 20) * DAY);
    }
    const [low, high] = PREMIUM_RANGE[line];
    const refund = status === 'cancelled' && random.chance(0.35);
    const amount = refund ? -random.int(20, 400) - random.int(0, 99) / 100 : low + random.next() * (high - low);
    policies[i] = {
      id: `pol-${String(i + 1).padStart(6, '0')}`,
      number: `${POLICY_NUMBER_PREFIX[line]}-${isoDate(start).slice(0, 4)}-${String(100000 + i).padStart(6, '0')}`,
      organisationId: org.id,
      lineOfBusiness: line,
      product: random.pick(PRODUCTS[line][org.language]),
      insuredRisk: insuredRisk(random, line, org),
      status,
      startDate: isoDate(start),
      renewalDate: renewal === null ? null : isoDate(renewal),
      endDate: end === null ? null : isoDate(end),
      premium: money(amount),
    };
  }
  spreadHostile(policies, (policy, text) => {
    policy.insuredRisk = text;
  });
  return policies;
}

/** Puts every hostile string into each main organisation's items, spread out over the list. */
function spreadHostile<T extends { organisationId: string }>(items: T[], apply: (item: T, text: string) => void): void {
  for (const organisation of MAIN_ORGANISATIONS) {
    const own = items.filter((item) => item.organisationId === organisation.id);
    const step = Math.max(1, Math.floor(own.length / HOSTILE_STRINGS.length));
    HOSTILE_STRINGS.forEach((text, k) => {
      const item = own[3 + k * step] ?? own[k];
      if (item) apply(item, text);
    });
  }
}

// --- Claims -----------------------------------------------------------------------------------

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function createClaims(random: Random, count: number, policies: readonly Policy[], infos: readonly OrgInfo[], today: number): Claim[] {
  const claims: Claim[] = new Array<Claim>(count);
  const byId = new Map(infos.map((info) => [info.id, info]));
  // Claims happen on policies that have started.
  const eligible = policies.filter((policy) => policy.status !== 'pending');
  if (eligible.length === 0) return [];
  for (let i = 0; i < count; i++) {
    const policy = eligible[Math.floor(random.next() * eligible.length)]!;
    const org = byId.get(policy.organisationId)!;
    const line = policy.lineOfBusiness;
    const status = i < CLAIM_STATUSES.length ? CLAIM_STATUSES[i]! : pickClaimStatus(random);
    const from = parseDay(policy.startDate);
    const until = policy.endDate ? Math.min(parseDay(policy.endDate), today) : today;
    const event = from + Math.floor(random.next() * Math.max(1, (until - from) / DAY - 1)) * DAY;
    const declared = Math.min(event + random.int(0, 20) * DAY + random.int(7 * 3600, 19 * 3600) * 1000, today);
    const [low, high] = CLAIM_COST_RANGE[line];
    const cost = low + random.next() * (high - low);
    const paid = status === 'settled' || (status === 'closed' && random.chance(0.7)) ? cost : status === 'in-progress' && random.chance(0.4) ? cost * 0.3 : 0;
    const reserve = status === 'declared' || status === 'awaiting-information' || status === 'in-progress' ? cost - paid : 0;
    const person = personName(random);
    claims[i] = {
      id: `clm-${String(i + 1).padStart(6, '0')}`,
      number: `SC-${isoDate(declared).slice(0, 4)}-${String(200000 + i).padStart(6, '0')}`,
      organisationId: policy.organisationId,
      policyId: policy.id,
      policyNumber: policy.number,
      lineOfBusiness: line,
      status,
      eventDate: isoDate(event),
      declaredAt: isoDateTime(declared),
      description: random.pick(CLAIM_DESCRIPTIONS[line][org.language]),
      claimant: line === 'car' || line === 'omnium' ? `${person} (${plate(random)})` : line === 'fire' ? org.name : person,
      handler: random.pick(HANDLERS), // shared: seed rows are read-only and cloned when returned
      paid: money(paid),
      reserve: money(reserve),
    };
  }
  spreadHostile(claims, (claim, text) => {
    claim.description = text;
    claim.claimant = text;
  });
  return claims;
}

// --- Declarations -----------------------------------------------------------------------------

/** A few drafts and sent declarations per main organisation, so lists are never empty in the demo. */
function createDeclarations(policies: readonly Policy[], today: number): Declaration[] {
  const declarations: Declaration[] = [];
  const plan: { organisationId: string; status: Declaration['status']; by: string }[] = [
    { organisationId: 'org-peeters', status: 'draft', by: 'An Peeters' },
    { organisationId: 'org-peeters', status: 'sent', by: 'An Peeters' },
    { organisationId: 'org-peeters', status: 'processing', by: 'Lotte Wouters' },
    { organisationId: 'org-lefevre', status: 'draft', by: 'Élise Lambert' },
    { organisationId: 'org-bos', status: 'sent', by: 'Marc Dubois' },
    { organisationId: 'org-linde', status: 'draft', by: 'Lotte Wouters' },
    { organisationId: 'org-kessler', status: 'draft', by: 'Jonas Kessler' },
  ];
  plan.forEach(({ organisationId, status, by }, index) => {
    const policy = policies.find((candidate) => candidate.organisationId === organisationId && candidate.status === 'active');
    const created = today - (index + 2) * DAY;
    const eventDate = isoDate(created - 2 * DAY);
    declarations.push({
      id: `dcl-${String(index + 1).padStart(6, '0')}`,
      organisationId,
      lineOfBusiness: policy?.lineOfBusiness ?? 'fire',
      policyId: policy?.id ?? null,
      status,
      version: status === 'draft' ? 2 : 3,
      answers: {
        event: { date: eventDate, place: 'Antwerpen', description: index === 0 ? HOSTILE_STRINGS[0] : 'Schade vastgesteld bij opening' },
        ...(status === 'draft' ? {} : { contact: { name: by, phone: '+32 3 541 22 10' } }),
      },
      attachments: [],
      createdAt: isoDateTime(created),
      updatedAt: isoDateTime(created + 3600_000),
      updatedBy: by,
      claimId: null,
    });
  });
  return declarations;
}
