/**
 * The hand-written part of the seed: the five client organisations and the people who log in.
 * Everything else (broker clients, policies, claims) is generated around them.
 */
import { MENU_ITEMS, withCheckDigits } from '@portaal/core';
import type { Address, Contact, MenuItem, Membership, Organisation, SecondFactorMethod } from '@portaal/core';
import type { Language } from './vocabulary.js';

/** Portfolio shape: a transport company insures mostly vehicles. */
export type Profile = 'fleet' | 'general';

export interface MainOrganisation extends Organisation {
  language: Language;
  profile: Profile;
  /** Relative share of the generated policies. */
  weight: number;
}

const WOUTERS = {
  name: 'Makelaardij Wouters BV',
  fsmaNumber: withCheckDigits('04561237'),
  email: 'lotte.wouters@wouters-makelaardij.example',
  phone: '+32 3 225 14 80',
};
const LAMBERT = {
  name: 'Bureau d’assurances Lambert SRL',
  fsmaNumber: withCheckDigits('08213349'),
  email: 'contact@lambert-assurances.example',
  phone: '+32 81 22 45 67',
};
export const BROKER_INTERMEDIARY = WOUTERS;

function address(street: string, number: string, postalCode: string, city: string, extra: Partial<Address> = {}): Address {
  return { kind: 'registered', street, number, postalCode, city, country: 'BE', ...extra };
}

function contact(name: string, role: string, email?: string, phone?: string): Contact {
  return { name, role, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

export const MAIN_ORGANISATIONS: readonly MainOrganisation[] = [
  {
    id: 'org-peeters',
    name: 'Transport Peeters & Zonen NV',
    enterpriseNumber: withCheckDigits('04123581'),
    addresses: [address('Noorderlaan', '112', '2030', 'Antwerpen'), address('Haven', '1025', '2030', 'Antwerpen', { kind: 'site' })],
    contacts: [
      contact('An Peeters', 'Zaakvoerder', 'an.peeters@peeters-transport.example', '+32 3 541 22 10'),
      contact('Lefèvre, Zoë', 'Fleetmanager', 'zoe.lefevre@peeters-transport.example', '+32 3 541 22 14'),
    ],
    intermediary: WOUTERS,
    language: 'nl',
    profile: 'fleet',
    weight: 30,
  },
  {
    id: 'org-lefevre',
    name: 'Boulangerie Lefèvre SRL',
    enterpriseNumber: withCheckDigits('05387712'),
    addresses: [address('Rue de Fer', '25', '5000', 'Namur'), address('Chaussée de Louvain', '310', '5000', 'Namur', { kind: 'site' })],
    contacts: [
      contact('Élise Lambert', 'Gérante', 'elise.lambert@boulangerie-lefevre.example', '+32 81 73 40 11'),
      contact('Benoît Lefèvre', 'Comptable', 'benoit.lefevre@boulangerie-lefevre.example'),
    ],
    intermediary: LAMBERT,
    language: 'fr',
    profile: 'general',
    weight: 12,
  },
  {
    id: 'org-bos',
    name: 'Brussels Office Services SA/NV',
    enterpriseNumber: withCheckDigits('07024468'),
    addresses: [
      address('Rue de la Loi', '16', '1000', 'Bruxelles'),
      address('Avenue Louise', '149', '1050', 'Ixelles', { kind: 'postal', box: '24' }),
    ],
    contacts: [
      contact('Youssef El Amrani', 'Office manager', 'youssef.elamrani@bos-brussels.example', '+32 2 512 30 30'),
      contact('Marc Dubois', 'Administrateur délégué', 'marc.dubois@dubois-consult.example'),
    ],
    intermediary: null,
    language: 'fr',
    profile: 'general',
    weight: 12,
  },
  {
    id: 'org-linde',
    name: 'Woonzorgcentrum De Linde vzw',
    enterpriseNumber: withCheckDigits('04480932'),
    addresses: [address('Naamsestraat', '57', '3000', 'Leuven')],
    contacts: [
      contact('Sofie Claes', 'HR-verantwoordelijke', 'sofie.claes@delinde-leuven.example', '+32 16 22 81 90'),
      contact('Dirk Mertens', 'Directeur', 'dirk.mertens@delinde-leuven.example'),
    ],
    intermediary: WOUTERS,
    language: 'nl',
    profile: 'general',
    weight: 12,
  },
  {
    id: 'org-kessler',
    name: 'Schreinerei Kessler GmbH',
    enterpriseNumber: withCheckDigits('08845120'),
    addresses: [address('Aachener Straße', '21', '4700', 'Eupen')],
    contacts: [contact('Jonas Kessler', 'Geschäftsführer', 'jonas.kessler@schreinerei-kessler.example', '+32 87 74 12 12')],
    intermediary: WOUTERS,
    language: 'de',
    profile: 'general',
    weight: 8,
  },
];

export const FULL_MENU: readonly MenuItem[] = MENU_ITEMS;
export const RESTRICTED_MENU: readonly MenuItem[] = ['my-data', 'claims'];

export function fullMembership(organisationId: string): Membership {
  return { organisationId, access: 'full', menu: [...FULL_MENU] };
}
export function restrictedMembership(organisationId: string): Membership {
  return { organisationId, access: 'restricted', menu: [...RESTRICTED_MENU] };
}

/** Shared by every demo account so a visitor can try them all; it satisfies the password rules. */
export const DEMO_PASSWORD = 'Portaal-demo-2026';

/** Stable handles for tests and the demo, e.g. `demoAccount('restricted')`. */
export type DemoAccountKey = 'full' | 'restricted' | 'multi-org' | 'broker' | 'must-enrol' | 'may-postpone' | 'email-code';

export interface AccountTemplate {
  key: DemoAccountKey;
  id: string;
  email: string;
  name: string;
  locale: string;
  secondFactors: SecondFactorMethod[];
  /** Not enrolled yet: how many days (from the back end's start) enrolment may still be postponed. */
  postponeEnrolmentDays: number | null;
  /** Membership list; `'broker-clients'` adds every generated broker client. */
  memberships: (Membership | 'broker-clients')[];
  description: string;
}

export const ACCOUNTS: readonly AccountTemplate[] = [
  {
    key: 'full',
    id: 'u-an-peeters',
    email: 'an.peeters@peeters-transport.example',
    name: 'An Peeters',
    locale: 'nl-BE',
    secondFactors: ['totp'],
    postponeEnrolmentDays: null,
    memberships: [fullMembership('org-peeters')],
    description: 'Full access to one organisation (a transport company with a large car fleet).',
  },
  {
    key: 'restricted',
    id: 'u-sofie-claes',
    email: 'sofie.claes@delinde-leuven.example',
    name: 'Sofie Claes',
    locale: 'nl-BE',
    secondFactors: ['totp'],
    postponeEnrolmentDays: null,
    memberships: [restrictedMembership('org-linde')],
    description: 'Restricted access: only “My data” and “Claims” of a care home.',
  },
  {
    key: 'multi-org',
    id: 'u-marc-dubois',
    email: 'marc.dubois@dubois-consult.example',
    name: 'Marc Dubois',
    locale: 'fr-BE',
    secondFactors: ['totp', 'email'],
    postponeEnrolmentDays: null,
    memberships: [
      fullMembership('org-lefevre'),
      fullMembership('org-bos'),
      restrictedMembership('org-linde'),
      fullMembership('org-kessler'),
    ],
    description: 'Works for four organisations (restricted in one); authenticator app or e-mail code.',
  },
  {
    key: 'broker',
    id: 'u-lotte-wouters',
    email: 'lotte.wouters@wouters-makelaardij.example',
    name: 'Lotte Wouters',
    locale: 'nl-BE',
    secondFactors: ['totp'],
    postponeEnrolmentDays: null,
    memberships: [fullMembership('org-peeters'), fullMembership('org-linde'), fullMembership('org-kessler'), 'broker-clients'],
    description: 'Broker managing about 150 client organisations.',
  },
  {
    key: 'must-enrol',
    id: 'u-youssef-el-amrani',
    email: 'youssef.elamrani@bos-brussels.example',
    name: 'Youssef El Amrani',
    locale: 'en',
    secondFactors: [],
    postponeEnrolmentDays: null,
    memberships: [fullMembership('org-bos')],
    description: 'Not enrolled yet: must set up a second factor at this login.',
  },
  {
    key: 'may-postpone',
    id: 'u-elise-lambert',
    email: 'elise.lambert@boulangerie-lefevre.example',
    name: 'Élise Lambert',
    locale: 'fr-BE',
    secondFactors: [],
    postponeEnrolmentDays: 30,
    memberships: [fullMembership('org-lefevre')],
    description: 'Not enrolled yet, may still postpone enrolment for 30 days.',
  },
  {
    key: 'email-code',
    id: 'u-jonas-kessler',
    email: 'jonas.kessler@schreinerei-kessler.example',
    name: 'Jonas Kessler',
    locale: 'de-BE',
    secondFactors: ['email'],
    postponeEnrolmentDays: null,
    memberships: [fullMembership('org-kessler')],
    description: 'Second factor by e-mail code (read it in the demo’s mailbox).',
  },
];

export interface DemoAccount {
  key: DemoAccountKey;
  email: string;
  password: string;
  name: string;
  description: string;
  /** Factors already set up; empty means the user enrols at login. */
  secondFactors: readonly SecondFactorMethod[];
  canPostponeEnrolment: boolean;
}

/** For the demo's visible accounts panel (these are demo credentials, public on purpose). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = ACCOUNTS.map((account) => ({
  key: account.key,
  email: account.email,
  password: DEMO_PASSWORD,
  name: account.name,
  description: account.description,
  secondFactors: account.secondFactors,
  canPostponeEnrolment: account.postponeEnrolmentDays !== null,
}));

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.key === key);
  if (!account) throw new Error(`no demo account ${key}`);
  return account;
}
