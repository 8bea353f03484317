import { expect } from '@open-wc/testing';
import {
  ClaimSchema,
  DeclarationSchema,
  LoginResultSchema,
  OrganisationSchema,
  POLICY_DOCUMENT_KINDS,
  PolicySchema,
  SessionSchema,
} from './schemas.js';

const organisation = {
  id: 'org-1',
  name: 'Bakkerij Lefèvre BV',
  enterpriseNumber: '0203.201.340',
  addresses: [{ kind: 'registered', street: 'Rue Neuve', number: '12', postalCode: '1000', city: 'Brussel', country: 'BE' }],
  contacts: [{ name: 'Zoë Lefèvre', email: 'zoe@lefevre.be' }],
  intermediary: null,
};

const policy = {
  id: 'pol-1',
  number: 'AU-2026-000001',
  organisationId: 'org-1',
  lineOfBusiness: 'car',
  product: 'Auto Comfort',
  insuredRisk: '1-ABC-234',
  status: 'active',
  startDate: '2025-01-01',
  renewalDate: '2027-01-01',
  endDate: null,
  premium: { amount: -12, currency: 'EUR' },
};

const session = {
  user: { id: 'u1', email: 'an@example.be', name: 'An Peeters', secondFactors: ['totp'] },
  memberships: [{ organisationId: 'org-1', access: 'restricted', menu: ['my-data', 'claims'] }],
  currentOrganisationId: 'org-1',
  defaultOrganisationId: null,
  idleTimeoutSeconds: 1800,
  expiresAt: '2026-11-21T12:30:00Z',
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('contract schemas', () => {
  it('accept well-formed entities and normalise the enterprise number to ten digits', () => {
    expect(OrganisationSchema.parse(organisation).enterpriseNumber).to.equal('0203201340');
    expect(PolicySchema.parse(policy).premium.amount).to.equal(-12);
    expect(SessionSchema.parse(session).memberships[0]?.access).to.equal('restricted');
  });

  it('refuse an organisation with an invalid enterprise number and say where', () => {
    const result = OrganisationSchema.safeParse({ ...organisation, enterpriseNumber: '0203.201.341' });
    expect(result.success).to.be.false;
    expect(issuePaths(result)).to.deep.equal(['enterpriseNumber']);
  });

  it('refuse wrong types, missing fields and unknown enum values', () => {
    expect(issuePaths(PolicySchema.safeParse({ ...policy, premium: { amount: '12', currency: 'EUR' } }))).to.include(
      'premium.amount',
    );
    const { product: _product, ...withoutProduct } = policy;
    expect(issuePaths(PolicySchema.safeParse(withoutProduct))).to.include('product');
    expect(issuePaths(PolicySchema.safeParse({ ...policy, lineOfBusiness: 'boat' }))).to.include('lineOfBusiness');
    expect(issuePaths(PolicySchema.safeParse({ ...policy, startDate: '01/01/2025' }))).to.include('startDate');
    expect(issuePaths(SessionSchema.safeParse({ ...session, memberships: [{ organisationId: 'org-1', access: 'admin', menu: [] }] }))).to.include(
      'memberships.0.access',
    );
  });

  it('know the eight policy document kinds of the real portals', () => {
    expect(POLICY_DOCUMENT_KINDS).to.have.length(8);
  });

  it('refuse a claim without a handler and a declaration with version 0', () => {
    const claim = {
      id: 'c1',
      number: 'SC-1',
      organisationId: 'org-1',
      policyId: 'pol-1',
      policyNumber: 'AU-2026-000001',
      lineOfBusiness: 'car',
      status: 'declared',
      eventDate: '2026-11-01',
      declaredAt: '2026-11-02T09:00:00Z',
      description: '',
      claimant: 'An Peeters',
      handler: { name: 'Marc Dubois' },
      paid: { amount: 0, currency: 'EUR' },
      reserve: { amount: 1500, currency: 'EUR' },
    };
    expect(ClaimSchema.safeParse(claim).success).to.be.true;
    expect(issuePaths(ClaimSchema.safeParse({ ...claim, handler: undefined }))).to.include('handler');
    const declaration = {
      id: 'd1',
      organisationId: 'org-1',
      lineOfBusiness: 'fire',
      policyId: null,
      status: 'draft',
      version: 0,
      answers: { event: { date: '2026-11-01' } },
      attachments: [],
      createdAt: '2026-11-02T09:00:00Z',
      updatedAt: '2026-11-02T09:00:00Z',
      updatedBy: 'An Peeters',
      claimId: null,
    };
    expect(issuePaths(DeclarationSchema.safeParse(declaration))).to.deep.equal(['version']);
  });

  it('tell the three login outcomes apart', () => {
    expect(LoginResultSchema.parse({ kind: 'second-factor', challenge: { challengeId: 'ch', methods: ['totp', 'email'] } }).kind).to.equal(
      'second-factor',
    );
    expect(LoginResultSchema.safeParse({ kind: 'welcome' }).success).to.be.false;
  });
});
