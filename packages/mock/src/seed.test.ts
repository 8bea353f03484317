import { expect } from '@open-wc/testing';
import {
  CLAIM_STATUSES,
  ClaimMessageSchema,
  ClaimSchema,
  DeclarationSchema,
  DocumentSchema,
  LINES_OF_BUSINESS,
  OrganisationSchema,
  POLICY_STATUSES,
  PolicySchema,
  isValidEnterpriseNumber,
} from '@portaal/core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from './accounts.js';
import { claimDocuments, policyDocuments } from './documents.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { initialMessages } from './messages.js';
import { createSeed } from './seed.js';

describe('seed', () => {
  const seed = createSeed();

  it('is deterministic: the same options give equal data, another seed number other data', () => {
    expect(createSeed()).to.deep.equal(seed);
    const other = createSeed({ seed: 7 });
    expect(other.policies.map((policy) => policy.insuredRisk)).to.not.deep.equal(seed.policies.map((policy) => policy.insuredRisk));
    // Derived data (documents, threads) is deterministic as well.
    const claim = seed.claims[10]!;
    expect(initialMessages(claim, 'nl', 1, 'An')).to.deep.equal(initialMessages(claim, 'nl', 1, 'An'));
    expect(policyDocuments(seed.policies[3]!, 'fr')).to.deep.equal(policyDocuments(seed.policies[3]!, 'fr'));
  });

  it('has at least 3 client organisations plus about 150 broker clients, all with valid enterprise numbers', () => {
    expect(seed.organisations.length).to.be.at.least(150);
    const numbers = seed.organisations.map((organisation) => organisation.enterpriseNumber);
    expect(numbers.every(isValidEnterpriseNumber)).to.equal(true);
    expect(new Set(numbers).size).to.equal(numbers.length);
    for (const organisation of seed.organisations) {
      expect(OrganisationSchema.safeParse(organisation).success, organisation.id).to.equal(true);
      const fsma = organisation.intermediary?.fsmaNumber;
      if (fsma) expect(isValidEnterpriseNumber(fsma)).to.equal(true);
    }
  });

  it('places organisations in Brussels, Flanders and Wallonia', () => {
    const postalCodes = seed.organisations.flatMap((organisation) => organisation.addresses.map((address) => Number(address.postalCode)));
    expect(postalCodes.some((code) => code >= 1000 && code < 1300)).to.equal(true); // Brussels
    expect(postalCodes.some((code) => code >= 2000 && code < 4000)).to.equal(true); // Flanders
    expect(postalCodes.some((code) => code >= 4000 && code < 8000 && code !== 4700)).to.equal(true); // Wallonia
  });

  it('has at least 200 valid policies over every line of business and status, some refunds', () => {
    expect(seed.policies.length).to.be.at.least(200);
    expect(new Set(seed.policies.map((policy) => policy.lineOfBusiness))).to.have.keys([...LINES_OF_BUSINESS]);
    expect(new Set(seed.policies.map((policy) => policy.status))).to.have.keys([...POLICY_STATUSES]);
    expect(seed.policies.every((policy) => PolicySchema.safeParse(policy).success)).to.equal(true);
    expect(seed.policies.some((policy) => policy.premium.amount < 0)).to.equal(true);
    expect(seed.policies.some((policy) => /\b[12]-[A-Z]{3}-\d{3}\b/.test(policy.insuredRisk))).to.equal(true);
    const products = new Set(seed.policies.map((policy) => policy.product));
    for (const product of ['Auto Comfort', 'BA Familiale / Gezinspolis', 'Arbeidsongevallen', 'Brand Eenvoudig Risico', 'Hospitalisatie Collectief']) {
      expect(products.has(product), product).to.equal(true);
    }
    const ids = seed.policies.map((policy) => policy.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(new Set(seed.policies.map((policy) => policy.number)).size).to.equal(ids.length);
  });

  it('gives every policy its documents', () => {
    for (const policy of seed.policies.slice(0, 40)) {
      const documents = policyDocuments(policy, 'nl').map((stored) => stored.document);
      expect(documents.every((document) => DocumentSchema.safeParse(document).success)).to.equal(true);
      const motor = policy.lineOfBusiness === 'car' || policy.lineOfBusiness === 'omnium';
      expect(new Set(documents.map((document) => document.kind)).size).to.be.at.least(motor ? 7 : 6);
    }
  });

  it('has at least 500 valid claims on policies of the same organisation, with documents and threads', () => {
    expect(seed.claims.length).to.be.at.least(500);
    expect(new Set(seed.claims.map((claim) => claim.status))).to.have.keys([...CLAIM_STATUSES]);
    const policies = new Map(seed.policies.map((policy) => [policy.id, policy]));
    for (const claim of seed.claims) {
      expect(ClaimSchema.safeParse(claim).success, claim.id).to.equal(true);
      const policy = policies.get(claim.policyId);
      expect(policy?.organisationId).to.equal(claim.organisationId);
      expect(policy?.number).to.equal(claim.policyNumber);
      expect(claim.eventDate <= claim.declaredAt.slice(0, 10)).to.equal(true);
    }
    for (const claim of seed.claims.slice(0, 60)) {
      const documents = claimDocuments(claim, 'fr').map((stored) => stored.document);
      expect(documents.every((document) => DocumentSchema.safeParse(document).success)).to.equal(true);
      const thread = initialMessages(claim, 'fr', seed.options.seed, 'Client');
      expect(thread.every((message) => ClaimMessageSchema.safeParse(message).success)).to.equal(true);
    }
  });

  it('has valid declarations: drafts and sent ones', () => {
    expect(seed.declarations.every((declaration) => DeclarationSchema.safeParse(declaration).success)).to.equal(true);
    expect(new Set(seed.declarations.map((declaration) => declaration.status))).to.include.keys(['draft', 'sent']);
  });

  it('spreads every hostile string through names, insured risks, claims and each main organisation', () => {
    const names = new Set(seed.organisations.map((organisation) => organisation.name));
    const risks = new Set(seed.policies.filter((policy) => policy.organisationId === 'org-peeters').map((policy) => policy.insuredRisk));
    const descriptions = new Set(seed.claims.filter((claim) => claim.organisationId === 'org-linde').map((claim) => claim.description));
    for (const text of HOSTILE_STRINGS) {
      expect(names.has(text), `organisation named ${text}`).to.equal(true);
      expect(risks.has(text), `insured risk ${text}`).to.equal(true);
      expect(descriptions.has(text), `claim description ${text}`).to.equal(true);
    }
    expect(HOSTILE_STRINGS.some((text) => text.length >= 200 && !text.includes(' '))).to.equal(true);
    expect(HOSTILE_STRINGS.some((text) => /[\u0590-\u06ff]/.test(text))).to.equal(true);
    const threads = seed.claims.flatMap((claim) => initialMessages(claim, 'nl', seed.options.seed, 'Client'));
    expect(threads.some((message) => HOSTILE_STRINGS.includes(message.body))).to.equal(true);
  });

  it('has the demo accounts: full, restricted, several organisations, broker, enrolment, e-mail code', () => {
    const user = (key: Parameters<typeof demoAccount>[0]) => seed.users.find((candidate) => candidate.email === demoAccount(key).email)!;
    expect(seed.users.map((candidate) => candidate.email)).to.deep.equal(DEMO_ACCOUNTS.map((account) => account.email));
    expect(user('full').memberships).to.have.length(1);
    expect(user('full').memberships[0]?.access).to.equal('full');
    expect(user('restricted').memberships[0]).to.deep.include({ access: 'restricted', menu: ['my-data', 'claims'] });
    expect(user('multi-org').memberships.length).to.be.at.least(3);
    expect(user('broker').memberships.length).to.be.at.least(150);
    expect(user('must-enrol')).to.deep.include({ secondFactors: [], postponeEnrolmentDays: null });
    expect(user('may-postpone').postponeEnrolmentDays).to.be.greaterThan(0);
    expect(user('email-code').secondFactors).to.deep.equal(['email']);
    expect(user('full').totpSecret).to.match(/^[A-Z2-7]{32}$/);
    expect(DEMO_ACCOUNTS.every((account) => account.password === DEMO_PASSWORD && account.description.length > 0)).to.equal(true);
  });

  it('keeps the users’ TOTP secrets when only the data size changes', () => {
    const big = createSeed({ policies: 300, claims: 700 });
    expect(big.users.map((candidate) => candidate.totpSecret)).to.deep.equal(seed.users.map((candidate) => candidate.totpSecret));
  });

  it('generates 100 000 policies and claims (time printed, not asserted)', () => {
    const started = performance.now();
    const big = createSeed({ policies: 100_000, claims: 100_000 });
    console.log(`createSeed 100k policies + 100k claims: ${Math.round(performance.now() - started)} ms`);
    expect(big.policies).to.have.length(100_000);
    expect(big.claims).to.have.length(100_000);
    expect(PolicySchema.safeParse(big.policies[99_999]).success).to.equal(true);
    expect(ClaimSchema.safeParse(big.claims[99_999]).success).to.equal(true);
  });
});
