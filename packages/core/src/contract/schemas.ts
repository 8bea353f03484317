/**
 * Every entity an adapter returns, as a zod schema. Elements only ever see data that passed these,
 * so the TypeScript types below are derived from the schemas, never written twice.
 */
import { z } from 'zod';
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from './enterprise-number.js';

const id = z.string().min(1);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** Menu items of a portal; a membership permits a subset of them. */
export const MENU_ITEMS = ['my-data', 'policies', 'claims', 'declarations', 'users'] as const;
export const MenuItemSchema = z.enum(MENU_ITEMS);
export type MenuItem = z.infer<typeof MenuItemSchema>;

export const SECOND_FACTOR_METHODS = ['totp', 'email'] as const;
export const SecondFactorMethodSchema = z.enum(SECOND_FACTOR_METHODS);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethodSchema>;

export const UserSchema = z.object({
  id,
  email: z.email(),
  name: z.string().min(1),
  /** BCP 47 tag the user prefers, e.g. `nl-BE`. */
  locale: z.string().min(2).optional(),
  /** Second-factor methods this user has set up (empty: must enrol). */
  secondFactors: z.array(SecondFactorMethodSchema),
});
export type User = z.infer<typeof UserSchema>;

export const ACCESS_LEVELS = ['full', 'restricted'] as const;
export const MembershipSchema = z.object({
  organisationId: id,
  access: z.enum(ACCESS_LEVELS),
  /** The menu items this user may open for this organisation. */
  menu: z.array(MenuItemSchema),
});
export type Membership = z.infer<typeof MembershipSchema>;
export type AccessLevel = Membership['access'];

export const AddressSchema = z.object({
  kind: z.enum(['registered', 'postal', 'billing', 'site']).default('registered'),
  street: z.string().min(1),
  number: z.string().min(1),
  box: z.string().optional(),
  postalCode: z.string().min(4).max(10),
  city: z.string().min(1),
  /** ISO 3166-1 alpha-2 */
  country: z.string().length(2),
});
export type Address = z.infer<typeof AddressSchema>;

export const ContactSchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const EnterpriseNumberSchema = z
  .string()
  .refine(isValidEnterpriseNumber, { message: 'invalid Belgian enterprise number' })
  .transform((value) => normaliseEnterpriseNumber(value) as string);

export const OrganisationSchema = z.object({
  id,
  name: z.string().min(1),
  enterpriseNumber: EnterpriseNumberSchema,
  addresses: z.array(AddressSchema).min(1),
  contacts: z.array(ContactSchema),
  /** The broker or agent who manages this client, if any. */
  intermediary: z
    .object({ name: z.string().min(1), fsmaNumber: z.string().optional(), email: z.email().optional(), phone: z.string().optional() })
    .nullable(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const LINES_OF_BUSINESS = [
  'car',
  'omnium',
  'liability',
  'accident',
  'work-accident',
  'fire',
  'hospitalisation',
] as const;
export const LineOfBusinessSchema = z.enum(LINES_OF_BUSINESS);
export type LineOfBusiness = z.infer<typeof LineOfBusinessSchema>;
/** "Car policies only" in the real portals means these lines. */
export const CAR_LINES: readonly LineOfBusiness[] = ['car', 'omnium'];

export const MoneySchema = z.object({
  /** In euros, two decimals (negative for refunds). */
  amount: z.number().finite(),
  currency: z.literal('EUR'),
});
export type Money = z.infer<typeof MoneySchema>;

export const POLICY_STATUSES = ['pending', 'active', 'suspended', 'cancelled', 'expired'] as const;
export const PolicySchema = z.object({
  id,
  number: z.string().min(1),
  organisationId: id,
  lineOfBusiness: LineOfBusinessSchema,
  product: z.string().min(1),
  insuredRisk: z.string().min(1),
  status: z.enum(POLICY_STATUSES),
  startDate: isoDate,
  renewalDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  premium: MoneySchema,
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyStatus = Policy['status'];

export const POLICY_DOCUMENT_KINDS = [
  'special-conditions',
  'general-conditions',
  'green-card',
  'endorsement',
  'insured-risks-list',
  'provisional-cover-certificate',
  'insurance-certificate',
  'claims-history-certificate',
] as const;
export const CLAIM_DOCUMENT_KINDS = ['claim-form', 'expert-report', 'photo', 'invoice', 'correspondence', 'settlement'] as const;
export const DocumentKindSchema = z.enum([...POLICY_DOCUMENT_KINDS, ...CLAIM_DOCUMENT_KINDS]);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const DocumentSchema = z.object({
  id,
  kind: DocumentKindSchema,
  title: z.string().min(1),
  mimeType: z.string().min(3),
  size: z.number().int().nonnegative(),
  createdAt: isoDateTime,
});
export type PortaalDocument = z.infer<typeof DocumentSchema>;

export const AttachmentSchema = z.object({
  id,
  name: z.string().min(1),
  mimeType: z.string().min(3),
  size: z.number().int().nonnegative(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const PersonSchema = z.object({
  name: z.string().min(1),
  email: z.email().optional(),
  phone: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const CLAIM_STATUSES = ['declared', 'in-progress', 'awaiting-information', 'settled', 'rejected', 'closed'] as const;
export const ClaimSchema = z.object({
  id,
  number: z.string().min(1),
  organisationId: id,
  policyId: id,
  policyNumber: z.string().min(1),
  lineOfBusiness: LineOfBusinessSchema,
  status: z.enum(CLAIM_STATUSES),
  eventDate: isoDate,
  declaredAt: isoDateTime,
  description: z.string(),
  /** Who suffered the loss (insured person, vehicle driver…). */
  claimant: z.string().min(1),
  handler: PersonSchema,
  paid: MoneySchema,
  reserve: MoneySchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimStatus = Claim['status'];

export const ClaimMessageSchema = z.object({
  id,
  claimId: id,
  author: z.object({ role: z.enum(['client', 'handler']), name: z.string().min(1) }),
  body: z.string(),
  sentAt: isoDateTime,
  attachments: z.array(AttachmentSchema),
  /**
   * The message asks for an answer: a handler's request for information the client should answer,
   * or the client's own question sent with `claims.requestInformation` (author role tells which).
   */
  isQuestion: z.boolean().default(false),
});
export type ClaimMessage = z.infer<typeof ClaimMessageSchema>;

export const DECLARATION_STATUSES = ['draft', 'sent', 'processing', 'processed', 'cancelled'] as const;
/** Answers per step; each line of business defines its own fields (the declaration form owns that). */
export const DeclarationAnswersSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
export const DeclarationSchema = z.object({
  id,
  organisationId: id,
  lineOfBusiness: LineOfBusinessSchema,
  policyId: id.nullable(),
  status: z.enum(DECLARATION_STATUSES),
  /** Goes up by one at every save; a save with an older version is a conflict. */
  version: z.number().int().positive(),
  answers: DeclarationAnswersSchema,
  attachments: z.array(AttachmentSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: z.string().min(1),
  /** Set once the insurer has turned the declaration into a claim. */
  claimId: id.nullable(),
});
export type Declaration = z.infer<typeof DeclarationSchema>;
export type DeclarationStatus = Declaration['status'];
/** What an element sends: the server owns id (for new ones), status, version and timestamps. */
export type DeclarationInput = Pick<Declaration, 'lineOfBusiness' | 'policyId' | 'answers' | 'attachments'> & {
  id?: string;
};

export const SessionSchema = z.object({
  user: UserSchema,
  memberships: z.array(MembershipSchema),
  currentOrganisationId: id.nullable(),
  defaultOrganisationId: id.nullable(),
  /** Log out after this long without activity (the real portals use 30 minutes). */
  idleTimeoutSeconds: z.number().int().positive().default(1800),
  expiresAt: isoDateTime,
});
export type Session = z.infer<typeof SessionSchema>;

export const SecondFactorChallengeSchema = z.object({
  challengeId: id,
  /** Methods the user may use for this login, preferred first. */
  methods: z.array(SecondFactorMethodSchema).min(1),
});
export const EnrolmentChallengeSchema = z.object({
  challengeId: id,
  methods: z.array(SecondFactorMethodSchema).min(1),
  /** When set, the user may still postpone enrolment until this moment. */
  postponableUntil: isoDateTime.nullable(),
});

export const LoginResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), session: SessionSchema }),
  z.object({ kind: z.literal('second-factor'), challenge: SecondFactorChallengeSchema }),
  z.object({ kind: z.literal('enrolment-required'), enrolment: EnrolmentChallengeSchema }),
]);
export type LoginResult = z.infer<typeof LoginResultSchema>;

export const EmailCodeSentSchema = z.object({
  /** Masked address, e.g. `a•••@example.be`. */
  sentTo: z.string().min(3),
  /** Seconds before another code may be requested. */
  resendAfterSeconds: z.number().int().nonnegative(),
  expiresAt: isoDateTime,
});
export type EmailCodeSent = z.infer<typeof EmailCodeSentSchema>;

/** TOTP: the secret to show as QR code and text. E-mail: the first code is on its way, as for `sendEmailCode`. */
export const EnrolmentStartSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('totp'), secret: z.string().min(16), otpauthUri: z.string().startsWith('otpauth://totp/') }),
  EmailCodeSentSchema.extend({ method: z.literal('email') }),
]);
export type EnrolmentStart = z.infer<typeof EnrolmentStartSchema>;

/** A page of a list; `total` counts every item matching the filters, not only this page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().nonnegative() });
}
export interface Page<T> {
  items: T[];
  total: number;
}

export type SortDirection = 'asc' | 'desc';
export interface SortKey<K extends string = string> {
  key: K;
  direction: SortDirection;
}
/** Filters are simple equality / membership tests; `search` is a free-text search across visible fields. */
export interface ListQuery<K extends string = string> {
  filter?: Partial<Record<K, string | readonly string[] | number | boolean | null>>;
  search?: string;
  sort?: readonly SortKey<K>[];
  /** Zero-based page index; omit to get everything. */
  page?: { index: number; size: number };
  /**
   * The user's locale (`nl-BE`): a server sorts text with that language's collation, and codes
   * (line of business, status) by their labels in that language, as the user sees them.
   */
  locale?: string;
}
