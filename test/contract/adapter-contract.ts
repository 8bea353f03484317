/**
 * The adapter contract as executable rules: every method and every error code it can raise,
 * always through `validatedAdapter` (what elements see). Run it against any adapter that sits on a
 * `MockBackend`: the direct in-memory one and the REST one over the msw handlers.
 */
import { expect } from '@open-wc/testing';
import { generate } from 'otplib';
import { PortaalError, isAbortError, translate, validatedAdapter } from '@portaal/core';
import type { Adapter, DeclarationInput, ErrorCode, LoginResult, Session } from '@portaal/core';
import { DEMO_PASSWORD, HOSTILE_STRINGS, demoAccount } from '@portaal/mock';
import type { DemoAccountKey, MockBackend } from '@portaal/mock';

export interface ContractSetup {
  adapter: Adapter;
  backend: MockBackend;
}
/** Builds a fresh back end and adapter for one test; the back end must use the given clock. */
export type ContractSetupFactory = (context: { now: () => number }) => ContractSetup | Promise<ContractSetup>;

const START = Date.parse('2026-11-21T09:00:10Z');
const SECOND = 1000;

/** Resolves to the PortaalError a promise rejects with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>, code: ErrorCode): Promise<PortaalError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, `expected a ${code} error`).to.be.instanceOf(PortaalError);
  expect((error as PortaalError).code).to.equal(code);
  return error as PortaalError;
}

async function abortRejection(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isAbortError(error), `expected an AbortError, got ${String(error)}`).to.equal(true);
}

export function runAdapterContract(label: string, setup: ContractSetupFactory): void {
  describe(`adapter contract: ${label}`, function () {
    this.timeout(20_000);
    let time = START;
    let adapter: Adapter;
    let backend: MockBackend;
    const advance = (ms: number) => {
      time += ms;
    };

    beforeEach(async () => {
      time = START;
      const made = await setup({ now: () => time });
      backend = made.backend;
      adapter = validatedAdapter(made.adapter);
    });

    const email = (key: DemoAccountKey) => demoAccount(key).email;

    async function challengeFor(key: DemoAccountKey): Promise<string> {
      const result = await adapter.auth.login(email(key), DEMO_PASSWORD);
      if (result.kind === 'session') return '';
      return result.kind === 'second-factor' ? result.challenge.challengeId : result.enrolment.challengeId;
    }

    async function totp(key: DemoAccountKey, offsetMs = 0): Promise<string> {
      const code = await backend.debugTotpCode(email(key), time + offsetMs);
      expect(code).to.be.a('string');
      return code as string;
    }

    /** A well-formed code that matches none of the steps in the ±1 window. */
    async function wrongTotp(key: DemoAccountKey): Promise<string> {
      const valid = new Set([await totp(key, -30 * SECOND), await totp(key), await totp(key, 30 * SECOND)]);
      return ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
    }

    function lastEmailCode(key: DemoAccountKey): string {
      const code = backend.debugLastEmail(email(key), 'email-code')?.code;
      expect(code).to.match(/^\d{6}$/);
      return code as string;
    }

    /** Logs in with the account's first factor; moves the clock a step on so codes are never replays. */
    async function loginAs(key: DemoAccountKey): Promise<Session> {
      advance(30 * SECOND);
      const result: LoginResult = await adapter.auth.login(email(key), DEMO_PASSWORD);
      if (result.kind === 'session') return result.session;
      if (result.kind !== 'second-factor') throw new Error(`${key} must enrol first`);
      const { challengeId, methods } = result.challenge;
      if (methods[0] === 'totp') return adapter.auth.verifySecondFactor(challengeId, await totp(key), 'totp');
      await adapter.auth.sendEmailCode(challengeId);
      return adapter.auth.verifySecondFactor(challengeId, lastEmailCode(key), 'email');
    }

    const draftInput = (policyId: string | null, answers: DeclarationInput['answers'] = {}): DeclarationInput => ({
      lineOfBusiness: 'car',
      policyId,
      answers: { event: { date: '2026-11-19', place: 'Gent', description: 'Aanrijding' }, ...answers },
      attachments: [],
    });

    async function activeCarPolicyId(): Promise<string> {
      const page = await adapter.policies.list({ filter: { lineOfBusiness: 'car', status: 'active' }, page: { index: 0, size: 1 } });
      expect(page.items).to.have.length(1);
      return page.items[0]!.id;
    }

    // --- auth: login and second factor ----------------------------------------------------------

    describe('auth.login / verifySecondFactor', () => {
      it('answers an unknown e-mail and a wrong password with the same invalid_credentials', async () => {
        const unknown = await rejection(adapter.auth.login('nobody@nowhere.example', DEMO_PASSWORD), 'invalid_credentials');
        const wrong = await rejection(adapter.auth.login(email('full'), 'Wrong-password-123'), 'invalid_credentials');
        expect(unknown.message).to.equal(wrong.message);
      });

      it('asks a TOTP user for a code, then opens a session with the only organisation current', async () => {
        const result = await adapter.auth.login(email('full').toUpperCase(), DEMO_PASSWORD);
        expect(result.kind).to.equal('second-factor');
        if (result.kind !== 'second-factor') return;
        expect(result.challenge.methods).to.deep.equal(['totp']);
        expect(await adapter.auth.getSession()).to.equal(null);
        const session = await adapter.auth.verifySecondFactor(result.challenge.challengeId, await totp('full'), 'totp');
        expect(session.user.email).to.equal(email('full'));
        expect(session.currentOrganisationId).to.equal('org-peeters');
        expect(session.idleTimeoutSeconds).to.equal(1800);
        expect(Date.parse(session.expiresAt)).to.equal(time + 1800 * SECOND);
        expect((await adapter.auth.getSession())?.user.id).to.equal(session.user.id);
      });

      it('accepts the codes of one step either side and refuses two steps away', async () => {
        let challengeId = await challengeFor('full');
        await rejection(adapter.auth.verifySecondFactor(challengeId, await totp('full', 60 * SECOND), 'totp'), 'invalid_code');
        await rejection(adapter.auth.verifySecondFactor(challengeId, await totp('full', -60 * SECOND), 'totp'), 'invalid_code');
        await adapter.auth.verifySecondFactor(challengeId, await totp('full', -30 * SECOND), 'totp');
        await adapter.auth.logout();
        challengeId = await challengeFor('full');
        await adapter.auth.verifySecondFactor(challengeId, await totp('full', 30 * SECOND), 'totp');
      });

      it('refuses a wrong or malformed code with invalid_code and the attempts left', async () => {
        const challengeId = await challengeFor('full');
        const first = await rejection(adapter.auth.verifySecondFactor(challengeId, await wrongTotp('full'), 'totp'), 'invalid_code');
        expect(first.attemptsLeft).to.equal(4);
        const second = await rejection(adapter.auth.verifySecondFactor(challengeId, '12ab', 'totp'), 'invalid_code');
        expect(second.attemptsLeft).to.equal(3);
        // A right code resets the counter.
        await adapter.auth.verifySecondFactor(challengeId, await totp('full'), 'totp');
      });

      it('locks after five wrong codes (locked with retryAfter), also for the right code, until the time passes', async () => {
        const challengeId = await challengeFor('full');
        const wrong = await wrongTotp('full');
        for (let i = 0; i < 4; i++) await rejection(adapter.auth.verifySecondFactor(challengeId, wrong, 'totp'), 'invalid_code');
        const locked = await rejection(adapter.auth.verifySecondFactor(challengeId, wrong, 'totp'), 'locked');
        expect(locked.retryAfter).to.be.greaterThan(0);
        await rejection(adapter.auth.verifySecondFactor(challengeId, await totp('full'), 'totp'), 'locked');
        await rejection(adapter.auth.login(email('full'), DEMO_PASSWORD), 'locked');
        advance((locked.retryAfter ?? 0) * SECOND);
        const session = await adapter.auth.verifySecondFactor(challengeId, await totp('full'), 'totp');
        expect(session.user.email).to.equal(email('full'));
      });

      it('counts wrong TOTP and e-mail codes together towards the lockout', async () => {
        const challengeId = await challengeFor('multi-org');
        const wrong = await wrongTotp('multi-org');
        for (let i = 0; i < 3; i++) await rejection(adapter.auth.verifySecondFactor(challengeId, wrong, 'totp'), 'invalid_code');
        await adapter.auth.sendEmailCode(challengeId);
        const code = lastEmailCode('multi-org');
        const other = code === '123456' ? '654321' : '123456';
        const last = await rejection(adapter.auth.verifySecondFactor(challengeId, other, 'email'), 'invalid_code');
        expect(last.attemptsLeft).to.equal(1);
        await rejection(adapter.auth.verifySecondFactor(challengeId, other, 'email'), 'locked');
      });

      it('accepts a TOTP code only once (replay in the same step is refused)', async () => {
        const code = await totp('full');
        await adapter.auth.verifySecondFactor(await challengeFor('full'), code, 'totp');
        await adapter.auth.logout();
        const challengeId = await challengeFor('full');
        await rejection(adapter.auth.verifySecondFactor(challengeId, code, 'totp'), 'invalid_code');
        advance(30 * SECOND);
        await adapter.auth.verifySecondFactor(challengeId, await totp('full'), 'totp');
      });

      it('treats an unknown or expired challenge as unauthenticated and an unoffered method as validation', async () => {
        await rejection(adapter.auth.verifySecondFactor('no-such-challenge', '123456', 'totp'), 'unauthenticated');
        const challengeId = await challengeFor('full');
        const error = await rejection(adapter.auth.verifySecondFactor(challengeId, '123456', 'email'), 'validation');
        expect(error.fieldErrors).to.have.property('method');
        advance(16 * 60 * SECOND);
        await rejection(adapter.auth.verifySecondFactor(challengeId, await totp('full'), 'totp'), 'unauthenticated');
      });
    });

    describe('auth.sendEmailCode', () => {
      it('sends a code to a masked address; the code from the e-mail logs in', async () => {
        const result = await adapter.auth.login(email('email-code'), DEMO_PASSWORD);
        if (result.kind !== 'second-factor') throw new Error('expected a second-factor challenge');
        expect(result.challenge.methods).to.deep.equal(['email']);
        const sent = await adapter.auth.sendEmailCode(result.challenge.challengeId);
        expect(sent.sentTo).to.equal('j•••@schreinerei-kessler.example');
        expect(sent.resendAfterSeconds).to.equal(30);
        expect(Date.parse(sent.expiresAt)).to.equal(time + 10 * 60 * SECOND);
        const session = await adapter.auth.verifySecondFactor(result.challenge.challengeId, lastEmailCode('email-code'), 'email');
        expect(session.user.secondFactors).to.deep.equal(['email']);
      });

      it('invalidates the previous code when a new one is sent (after the 30 s wait)', async () => {
        const challengeId = await challengeFor('email-code');
        await adapter.auth.sendEmailCode(challengeId);
        const first = lastEmailCode('email-code');
        const early = await adapter.auth.sendEmailCode(challengeId);
        expect(early.resendAfterSeconds).to.be.within(1, 30);
        expect(lastEmailCode('email-code')).to.equal(first); // too early: no new mail
        advance(31 * SECOND);
        await adapter.auth.sendEmailCode(challengeId);
        const second = lastEmailCode('email-code');
        if (second !== first) await rejection(adapter.auth.verifySecondFactor(challengeId, first, 'email'), 'invalid_code');
        await adapter.auth.verifySecondFactor(challengeId, second, 'email');
      });

      it('lets an e-mail code expire after 10 minutes', async () => {
        const challengeId = await challengeFor('email-code');
        await adapter.auth.sendEmailCode(challengeId);
        advance(10 * 60 * SECOND + SECOND);
        await rejection(adapter.auth.verifySecondFactor(challengeId, lastEmailCode('email-code'), 'email'), 'invalid_code');
      });

      it('refuses an e-mail code for a login that does not offer one', async () => {
        await rejection(adapter.auth.sendEmailCode(await challengeFor('full')), 'validation');
        await rejection(adapter.auth.sendEmailCode('no-such-challenge'), 'unauthenticated');
      });
    });

    // --- enrolment ------------------------------------------------------------------------------

    describe('auth enrolment', () => {
      it('requires enrolment without postponement for a user who has none', async () => {
        const result = await adapter.auth.login(email('must-enrol'), DEMO_PASSWORD);
        if (result.kind !== 'enrolment-required') throw new Error('expected enrolment');
        expect(result.enrolment.postponableUntil).to.equal(null);
        expect(result.enrolment.methods).to.include('totp');
        const challengeId = result.enrolment.challengeId;
        await rejection(adapter.auth.postponeEnrolment(challengeId), 'enrolment_required');
        await rejection(adapter.auth.verifySecondFactor(challengeId, '123456', 'totp'), 'enrolment_required');
        await rejection(adapter.auth.confirmEnrolment(challengeId, '123456'), 'validation'); // not started
        await rejection(adapter.auth.startEnrolment(await challengeFor('full'), 'totp'), 'forbidden');
      });

      it('enrols TOTP: secret and otpauth URI, active only after a valid confirmation, never the same code twice', async () => {
        const challengeId = await challengeFor('must-enrol');
        const start = await adapter.auth.startEnrolment(challengeId, 'totp');
        if (start.method !== 'totp') throw new Error('expected TOTP');
        expect(start.secret).to.match(/^[A-Z2-7]{32}$/);
        expect(start.otpauthUri).to.equal(
          `otpauth://totp/Portaal:${encodeURIComponent(email('must-enrol'))}?secret=${start.secret}&issuer=Portaal`,
        );
        expect(backend.debugTotpSecret(email('must-enrol'))).to.equal(null); // not active yet
        await rejection(adapter.auth.confirmEnrolment(challengeId, '12345'), 'invalid_code');
        // What the user's app shows: computed from the secret the QR code carried.
        const code = await generate({ secret: start.secret, epoch: Math.floor(time / SECOND) });
        const session = await adapter.auth.confirmEnrolment(challengeId, code);
        expect(session.user.secondFactors).to.deep.equal(['totp']);
        expect(backend.debugTotpSecret(email('must-enrol'))).to.equal(start.secret);
        await adapter.auth.logout();
        const next = await adapter.auth.login(email('must-enrol'), DEMO_PASSWORD);
        if (next.kind !== 'second-factor') throw new Error('expected a second-factor challenge');
        await rejection(adapter.auth.verifySecondFactor(next.challenge.challengeId, code, 'totp'), 'invalid_code');
        advance(30 * SECOND);
        await adapter.auth.verifySecondFactor(next.challenge.challengeId, await totp('must-enrol'), 'totp');
      });

      it('enrols an e-mail code', async () => {
        const challengeId = await challengeFor('must-enrol');
        const start = await adapter.auth.startEnrolment(challengeId, 'email');
        expect(start).to.deep.equal({
          method: 'email',
          sentTo: 'y•••@bos-brussels.example',
          resendAfterSeconds: 30,
          expiresAt: new Date(time + 10 * 60 * SECOND).toISOString(),
        });
        const session = await adapter.auth.confirmEnrolment(challengeId, lastEmailCode('must-enrol'));
        expect(session.user.secondFactors).to.deep.equal(['email']);
      });

      it('lets enrolment be postponed until the date, then no more', async () => {
        const result = await adapter.auth.login(email('may-postpone'), DEMO_PASSWORD);
        if (result.kind !== 'enrolment-required') throw new Error('expected enrolment');
        const until = Date.parse(result.enrolment.postponableUntil ?? '');
        expect(until).to.be.greaterThan(time);
        const session = await adapter.auth.postponeEnrolment(result.enrolment.challengeId);
        expect(session.user.secondFactors).to.deep.equal([]);
        expect(session.currentOrganisationId).to.equal('org-lefevre');
        await adapter.auth.logout();
        time = until + SECOND;
        const later = await adapter.auth.login(email('may-postpone'), DEMO_PASSWORD);
        if (later.kind !== 'enrolment-required') throw new Error('expected enrolment');
        expect(later.enrolment.postponableUntil).to.equal(null);
        await rejection(adapter.auth.postponeEnrolment(later.enrolment.challengeId), 'enrolment_required');
      });
    });

    // --- password reset -------------------------------------------------------------------------

    describe('auth password reset', () => {
      it('answers the same for known and unknown addresses; only a known one gets a link', async () => {
        expect(await adapter.auth.requestPasswordReset('nobody@nowhere.example')).to.equal(undefined);
        expect(await adapter.auth.requestPasswordReset(email('full'))).to.equal(undefined);
        const mails = backend.debugOutbox.filter((mail) => mail.kind === 'password-reset');
        expect(mails.map((mail) => mail.to)).to.deep.equal([email('full')]);
        expect(mails[0]?.link).to.contain(encodeURIComponent(mails[0]?.token ?? '-'));
      });

      it('applies the password rules, then replaces the password once per link', async () => {
        await adapter.auth.requestPasswordReset(email('full'));
        const token = backend.debugLastEmail(email('full'), 'password-reset')?.token ?? '';
        await rejection(adapter.auth.resetPassword('not-a-token', 'Another-good-pass-42'), 'not_found');
        const short = await rejection(adapter.auth.resetPassword(token, 'short'), 'validation');
        expect(short.fieldErrors?.newPassword).to.include('too_short');
        const mail = await rejection(adapter.auth.resetPassword(token, `X1-${email('full')}`), 'validation');
        expect(mail.fieldErrors?.newPassword).to.include('contains_email');
        const simple = await rejection(adapter.auth.resetPassword(token, 'aaaaaaaaaaaaaaaa'), 'validation');
        expect(simple.fieldErrors?.newPassword).to.include('too_simple');
        const same = await rejection(adapter.auth.resetPassword(token, DEMO_PASSWORD), 'validation');
        expect(same.fieldErrors?.newPassword).to.deep.equal(['same_as_current']);

        await adapter.auth.resetPassword(token, 'Another-good-pass-42');
        await rejection(adapter.auth.login(email('full'), DEMO_PASSWORD), 'invalid_credentials');
        expect((await adapter.auth.login(email('full'), 'Another-good-pass-42')).kind).to.equal('second-factor');
        await rejection(adapter.auth.resetPassword(token, 'Yet-another-pass-43'), 'not_found');
      });

      it('lets a reset link expire after an hour', async () => {
        await adapter.auth.requestPasswordReset(email('restricted'));
        const token = backend.debugLastEmail(email('restricted'), 'password-reset')?.token ?? '';
        advance(3601 * SECOND);
        await rejection(adapter.auth.resetPassword(token, 'Another-good-pass-42'), 'not_found');
      });
    });

    // --- session --------------------------------------------------------------------------------

    describe('auth session', () => {
      it('has no session before login and after logout; touch then is unauthenticated', async () => {
        expect(await adapter.auth.getSession()).to.equal(null);
        await rejection(adapter.auth.touch(), 'unauthenticated');
        await adapter.auth.logout(); // harmless when nobody is logged in
        await loginAs('full');
        await adapter.auth.logout();
        expect(await adapter.auth.getSession()).to.equal(null);
        await rejection(adapter.policies.list(), 'unauthenticated');
      });

      it('ends the session after 1800 s without activity; touch moves the deadline', async () => {
        await loginAs('full');
        advance(1000 * SECOND);
        const touched = await adapter.auth.touch();
        expect(Date.parse(touched.expiresAt)).to.equal(time + 1800 * SECOND);
        advance(1799 * SECOND);
        expect(await adapter.auth.getSession()).to.not.equal(null); // reading does not extend it
        advance(SECOND);
        expect(await adapter.auth.getSession()).to.equal(null);
        await rejection(adapter.auth.touch(), 'unauthenticated');
        await rejection(adapter.claims.list(), 'unauthenticated');
      });
    });

    // --- organisations and access ---------------------------------------------------------------

    describe('organisations', () => {
      it('needs a session', async () => {
        await rejection(adapter.organisations.list(), 'unauthenticated');
        await rejection(adapter.organisations.get('org-peeters'), 'unauthenticated');
        await rejection(adapter.organisations.select('org-peeters'), 'unauthenticated');
        await rejection(adapter.organisations.setDefault(null), 'unauthenticated');
      });

      it('lists the organisations of a user who works for several; none is current until one is chosen', async () => {
        const session = await loginAs('multi-org');
        expect(session.currentOrganisationId).to.equal(null);
        const organisations = await adapter.organisations.list();
        expect(organisations.map((organisation) => organisation.id)).to.have.members(session.memberships.map((m) => m.organisationId));
        expect(organisations.length).to.be.at.least(3);
        const names = organisations.map((organisation) => organisation.name);
        expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
        await rejection(adapter.policies.list(), 'forbidden'); // nothing selected yet
        const selected = await adapter.organisations.select('org-bos');
        expect(selected.currentOrganisationId).to.equal('org-bos');
        const page = await adapter.policies.list();
        expect(page.total).to.be.greaterThan(0);
        expect(page.items.every((policy) => policy.organisationId === 'org-bos')).to.equal(true);
      });

      it('gets a member organisation; someone else’s is forbidden, an unknown one not_found', async () => {
        await loginAs('full');
        const organisation = await adapter.organisations.get('org-peeters');
        expect(organisation.enterpriseNumber).to.match(/^\d{10}$/);
        expect(organisation.addresses.length).to.be.at.least(1);
        await rejection(adapter.organisations.get('org-bos'), 'forbidden');
        await rejection(adapter.organisations.get('org-nope'), 'not_found');
        await rejection(adapter.organisations.select('org-bos'), 'forbidden');
        await rejection(adapter.organisations.setDefault('org-bos'), 'forbidden');
      });

      it('keeps the default organisation over logout and login, and clears it with null', async () => {
        await loginAs('multi-org');
        const session = await adapter.organisations.setDefault('org-kessler');
        expect(session.defaultOrganisationId).to.equal('org-kessler');
        await adapter.auth.logout();
        const next = await loginAs('multi-org');
        expect(next.defaultOrganisationId).to.equal('org-kessler');
        expect(next.currentOrganisationId).to.equal('org-kessler');
        const cleared = await adapter.organisations.setDefault(null);
        expect(cleared.defaultOrganisationId).to.equal(null);
        expect(cleared.currentOrganisationId).to.equal('org-kessler'); // the current one stays
        await adapter.auth.logout();
        expect((await loginAs('multi-org')).currentOrganisationId).to.equal(null);
      });

      it('gives the broker about 150 organisations', async () => {
        await loginAs('broker');
        expect((await adapter.organisations.list()).length).to.be.at.least(150);
      });

      it('limits a restricted user to the menu items granted', async () => {
        const session = await loginAs('restricted');
        expect(session.memberships[0]?.access).to.equal('restricted');
        expect(session.memberships[0]?.menu).to.deep.equal(['my-data', 'claims']);
        expect((await adapter.claims.list()).total).to.be.greaterThan(0);
        await rejection(adapter.policies.list(), 'forbidden');
        await rejection(adapter.policies.documents('pol-000001'), 'forbidden');
        await rejection(adapter.declarations.list(), 'forbidden');
        await rejection(adapter.declarations.saveDraft(draftInput(null), null), 'forbidden');
      });
    });

    // --- policies -------------------------------------------------------------------------------

    describe('policies', () => {
      beforeEach(async () => {
        await loginAs('full');
      });

      it('lists the current organisation’s policies; total counts every match, pages do not overlap', async () => {
        const all = await adapter.policies.list();
        expect(all.total).to.equal(all.items.length);
        expect(all.items.every((policy) => policy.organisationId === 'org-peeters')).to.equal(true);
        const first = await adapter.policies.list({ sort: [{ key: 'number', direction: 'asc' }], page: { index: 0, size: 10 } });
        const second = await adapter.policies.list({ sort: [{ key: 'number', direction: 'asc' }], page: { index: 1, size: 10 } });
        expect(first.total).to.equal(all.total);
        expect(first.items).to.have.length(10);
        const ids = new Set(first.items.map((policy) => policy.id));
        expect(second.items.some((policy) => ids.has(policy.id))).to.equal(false);
        const beyond = await adapter.policies.list({ page: { index: 1000, size: 10 } });
        expect(beyond).to.deep.equal({ items: [], total: all.total });
      });

      it('returns fresh objects: changing a result changes nothing on the back end', async () => {
        const first = await adapter.policies.list({ page: { index: 0, size: 1 } });
        const original = structuredClone(first.items[0]!);
        first.items[0]!.insuredRisk = 'changed';
        first.items[0]!.premium.amount = -1;
        const session = (await adapter.auth.getSession())!;
        session.memberships[0]!.menu.push('users');
        session.memberships.length = 0;
        expect((await adapter.policies.list({ page: { index: 0, size: 1 } })).items[0]).to.deep.equal(original);
        expect((await adapter.auth.getSession())!.memberships).to.have.length(1);
      });

      it('sorts codes by their labels in the query’s locale, as the user reads them', async () => {
        for (const locale of ['nl-BE', 'fr-BE']) {
          const page = await adapter.policies.list({ sort: [{ key: 'lineOfBusiness', direction: 'asc' }], locale });
          const labels = page.items.map((policy) => translate(locale, `lob.${policy.lineOfBusiness}`));
          const collator = new Intl.Collator(locale);
          expect(new Set(labels).size, locale).to.be.greaterThan(2);
          labels.slice(1).forEach((label, i) => expect(collator.compare(labels[i]!, label), `${labels[i]} before ${label}`).to.be.at.most(0));
        }
      });

      it('filters by equality and by membership', async () => {
        const car = await adapter.policies.list({ filter: { lineOfBusiness: ['car', 'omnium'] } });
        expect(car.total).to.be.greaterThan(0);
        expect(car.items.every((policy) => ['car', 'omnium'].includes(policy.lineOfBusiness))).to.equal(true);
        const notCar = await adapter.policies.list({
          filter: { lineOfBusiness: ['liability', 'accident', 'work-accident', 'fire', 'hospitalisation'] },
        });
        expect(car.total + notCar.total).to.equal((await adapter.policies.list()).total);
        const active = await adapter.policies.list({ filter: { status: 'active', lineOfBusiness: 'car' } });
        expect(active.items.every((policy) => policy.status === 'active' && policy.lineOfBusiness === 'car')).to.equal(true);
        const open = await adapter.policies.list({ filter: { endDate: null } });
        expect(open.items.every((policy) => policy.endDate === null)).to.equal(true);
      });

      it('sorts by several keys: premium by amount, dates by value, text with a collator', async () => {
        const { items } = await adapter.policies.list({
          sort: [
            { key: 'lineOfBusiness', direction: 'asc' },
            { key: 'premium', direction: 'desc' },
          ],
          locale: 'nl-BE',
        });
        const collator = new Intl.Collator('nl-BE');
        const line = (policy: (typeof items)[number]) => translate('nl-BE', `lob.${policy.lineOfBusiness}`);
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1]!, items[i]!];
          expect(collator.compare(line(a), line(b))).to.be.at.most(0);
          if (a.lineOfBusiness === b.lineOfBusiness) expect(a.premium.amount).to.be.at.least(b.premium.amount);
        }
        const byDate = (await adapter.policies.list({ sort: [{ key: 'startDate', direction: 'desc' }] })).items;
        for (let i = 1; i < byDate.length; i++) expect(byDate[i - 1]!.startDate >= byDate[i]!.startDate).to.equal(true);
        const refunds = await adapter.policies.list({ sort: [{ key: 'premium', direction: 'asc' }], page: { index: 0, size: 1 } });
        expect(refunds.items[0]!.premium.amount).to.be.lessThan(0); // some premiums are refunds
      });

      it('searches case- and accent-insensitively across text fields', async () => {
        const found = await adapter.policies.list({ search: 'LEFEVRE, zoe' });
        expect(found.total).to.be.at.least(1);
        expect(found.items.map((policy) => policy.insuredRisk)).to.include('Lefèvre, Zoë');
        const hostile = await adapter.policies.list({ search: '<img src=x' });
        expect(hostile.items.map((policy) => policy.insuredRisk)).to.include(HOSTILE_STRINGS[0]);
        expect((await adapter.policies.list({ search: 'no policy has this text' })).total).to.equal(0);
      });

      it('rejects unknown filter and sort keys with validation', async () => {
        const error = await rejection(adapter.policies.list({ filter: { colour: 'red' } as never }), 'validation');
        expect(error.fieldErrors).to.have.property('filter.colour');
        await rejection(adapter.policies.list({ sort: [{ key: 'colour' as never, direction: 'asc' }] }), 'validation');
      });

      it('lists a policy’s documents and downloads them as PDF', async () => {
        const policyId = await activeCarPolicyId();
        const documents = await adapter.policies.documents(policyId);
        const kinds = new Set(documents.map((document) => document.kind));
        for (const kind of ['special-conditions', 'general-conditions', 'green-card', 'insured-risks-list', 'insurance-certificate']) {
          expect(kinds.has(kind as never), kind).to.equal(true);
        }
        const document = documents[0]!;
        const blob = await adapter.policies.download(document.id);
        expect(blob.type).to.equal('application/pdf');
        expect(blob.size).to.equal(document.size);
        expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
      });

      it('does not know another organisation’s policies or documents (not_found)', async () => {
        const foreign = backend.seed.policies.find((policy) => policy.organisationId === 'org-bos')!;
        await rejection(adapter.policies.documents(foreign.id), 'not_found');
        await rejection(adapter.policies.documents('pol-999999'), 'not_found');
        await rejection(adapter.policies.download(`${foreign.id}~special-conditions~1`), 'not_found');
        await rejection(adapter.policies.download('nonsense'), 'not_found');
      });

      it('rejects with an AbortError when the signal aborts, before or during the request', async () => {
        const controller = new AbortController();
        controller.abort();
        await abortRejection(adapter.policies.list({}, { signal: controller.signal }));
        backend.setLatency(200);
        const later = new AbortController();
        const pending = adapter.policies.list({}, { signal: later.signal });
        setTimeout(() => later.abort(), 20);
        await abortRejection(pending);
        await abortRejection(adapter.organisations.list({ signal: controller.signal }));
      });
    });

    // --- claims ---------------------------------------------------------------------------------

    describe('claims', () => {
      beforeEach(async () => {
        await loginAs('full');
      });

      it('lists, filters, sorts and gets claims of the current organisation', async () => {
        const all = await adapter.claims.list({ sort: [{ key: 'declaredAt', direction: 'desc' }] });
        expect(all.total).to.be.greaterThan(20);
        expect(all.items.every((claim) => claim.organisationId === 'org-peeters')).to.equal(true);
        for (let i = 1; i < all.items.length; i++) expect(all.items[i - 1]!.declaredAt >= all.items[i]!.declaredAt).to.equal(true);
        const settled = await adapter.claims.list({ filter: { status: ['settled', 'closed'] }, sort: [{ key: 'paid', direction: 'desc' }] });
        expect(settled.items.every((claim) => claim.status === 'settled' || claim.status === 'closed')).to.equal(true);
        const byHandler = await adapter.claims.list({ search: 'zoe lefevre' });
        expect(byHandler.total).to.be.greaterThan(0);
        expect(byHandler.items.every((claim) => claim.handler.name === 'Zoë Lefèvre' || claim.claimant === 'Lefèvre, Zoë' || claim.description === 'Lefèvre, Zoë')).to.equal(true);
        const claim = all.items[0]!;
        expect(await adapter.claims.get(claim.id)).to.deep.equal(claim);
      });

      it('does not know another organisation’s claim or an unknown one (not_found)', async () => {
        const foreign = backend.seed.claims.find((claim) => claim.organisationId !== 'org-peeters')!;
        await rejection(adapter.claims.get(foreign.id), 'not_found');
        await rejection(adapter.claims.get('clm-999999'), 'not_found');
        await rejection(adapter.claims.messages(foreign.id), 'not_found');
        await rejection(adapter.claims.documents(foreign.id), 'not_found');
      });

      it('lists a claim’s documents and downloads them', async () => {
        const claim = (await adapter.claims.list({ filter: { status: 'settled' }, page: { index: 0, size: 1 } })).items[0]!;
        const documents = await adapter.claims.documents(claim.id);
        expect(documents.map((document) => document.kind)).to.include.members(['claim-form', 'settlement']);
        const blob = await adapter.claims.download(documents[0]!.id);
        expect(blob.type).to.equal('application/pdf');
        await rejection(adapter.claims.download('clm-999999~claim-form~1'), 'not_found');
      });

      it('keeps the message thread: a message with attachments and a request for information are added', async () => {
        const claim = (await adapter.claims.list({ filter: { status: 'awaiting-information' }, page: { index: 0, size: 1 } })).items[0]!;
        const before = await adapter.claims.messages(claim.id);
        expect(before.some((message) => message.author.role === 'handler' && message.isQuestion)).to.equal(true);
        const photo = new File(['fake jpeg bytes'], 'schade.jpg', { type: 'image/jpeg' });
        const sent = await adapter.claims.sendMessage(claim.id, 'In bijlage de foto', [photo]);
        expect(sent.author).to.deep.equal({ role: 'client', name: 'An Peeters' });
        expect(sent.attachments).to.have.length(1);
        expect(sent.attachments[0]).to.include({ name: 'schade.jpg', mimeType: 'image/jpeg', size: photo.size });
        const question = await adapter.claims.requestInformation(claim.id, 'Wanneer komt de expert?');
        expect(question.isQuestion).to.equal(true);
        const after = await adapter.claims.messages(claim.id);
        expect(after.map((message) => message.id)).to.deep.equal([...before.map((message) => message.id), sent.id, question.id]);
      });

      it('refuses an empty message with validation', async () => {
        const claim = (await adapter.claims.list({ page: { index: 0, size: 1 } })).items[0]!;
        const error = await rejection(adapter.claims.sendMessage(claim.id, '   ', []), 'validation');
        expect(error.fieldErrors?.body).to.deep.equal(['required']);
        await rejection(adapter.claims.requestInformation(claim.id, ''), 'validation');
      });
    });

    // --- declarations ---------------------------------------------------------------------------

    describe('declarations', () => {
      beforeEach(async () => {
        await loginAs('full');
      });

      it('lists the open declarations (drafts, sent, processing) of the current organisation', async () => {
        const listed = await adapter.declarations.list();
        expect(listed.length).to.be.at.least(2);
        expect(listed.every((declaration) => declaration.organisationId === 'org-peeters')).to.equal(true);
        expect(listed.every((declaration) => ['draft', 'sent', 'processing'].includes(declaration.status))).to.equal(true);
        const created = await adapter.declarations.saveDraft(draftInput(null), null);
        const after = await adapter.declarations.list();
        expect(after.map((declaration) => declaration.id)).to.have.members([...listed.map((declaration) => declaration.id), created.id]);
        expect(after[0]?.id).to.equal(created.id); // most recently updated first
      });

      it('creates a draft, saves new versions, and reports a stale save as conflict with the current version', async () => {
        const created = await adapter.declarations.saveDraft(draftInput(null), null);
        expect(created).to.include({ status: 'draft', version: 1, organisationId: 'org-peeters', updatedBy: 'An Peeters' });
        const policyId = await activeCarPolicyId();
        const second = await adapter.declarations.saveDraft({ ...draftInput(policyId), id: created.id }, 1);
        expect(second.version).to.equal(2);
        expect(second.policyId).to.equal(policyId);
        const conflict = await rejection(adapter.declarations.saveDraft({ ...draftInput(policyId), id: created.id }, 1), 'conflict');
        expect(conflict.currentVersion).to.equal(2);
        await rejection(adapter.declarations.saveDraft({ ...draftInput(policyId), id: created.id }, null), 'conflict');
        expect(await adapter.declarations.get(created.id)).to.deep.equal(second);
        expect((await adapter.declarations.list()).map((declaration) => declaration.id)).to.include(created.id);
        await rejection(adapter.declarations.get('dcl-999999'), 'not_found');
        await rejection(adapter.declarations.saveDraft({ ...draftInput(null), id: 'dcl-999999' }, 1), 'not_found');
      });

      it('validates references: a policy of another organisation or an unknown attachment', async () => {
        const foreign = backend.seed.policies.find((policy) => policy.organisationId === 'org-bos')!;
        const error = await rejection(adapter.declarations.saveDraft(draftInput(foreign.id), null), 'validation');
        expect(error.fieldErrors?.policyId).to.deep.equal(['unknown_policy']);
        const ghost = { id: 'att-ghost', name: 'x.pdf', mimeType: 'application/pdf', size: 1 };
        await rejection(adapter.declarations.saveDraft({ ...draftInput(null), attachments: [ghost] }, null), 'validation');
      });

      it('submits once per idempotency key and requires a policy', async () => {
        const missing = await rejection(adapter.declarations.submit(draftInput(null), 'key-0'), 'validation');
        expect(missing.fieldErrors?.policyId).to.deep.equal(['required']);
        const input = draftInput(await activeCarPolicyId());
        const first = await adapter.declarations.submit(input, 'key-1');
        const again = await adapter.declarations.submit(input, 'key-1');
        expect(again.id).to.equal(first.id);
        expect(first.status).to.equal('sent');
        const other = await adapter.declarations.submit(input, 'key-2');
        expect(other.id).to.not.equal(first.id);
        const listed = (await adapter.declarations.list()).filter((declaration) => declaration.id === first.id);
        expect(listed).to.have.length(1);
        expect(backend.debugLastEmail(email('full'), 'declaration-confirmation')?.declarationId).to.equal(other.id);
      });

      it('submits a draft, then cancels or reopens it only while sent and unprocessed', async () => {
        const draft = await adapter.declarations.saveDraft(draftInput(await activeCarPolicyId()), null);
        await rejection(adapter.declarations.cancel(draft.id), 'conflict');
        const sent = await adapter.declarations.submit({ ...draftInput(draft.policyId), id: draft.id }, 'key-draft');
        expect(sent).to.include({ id: draft.id, status: 'sent', version: 2 });
        const reopened = await adapter.declarations.reopen(draft.id);
        expect(reopened).to.include({ status: 'draft', version: 3 });
        const sentAgain = await adapter.declarations.submit({ ...draftInput(draft.policyId), id: draft.id }, 'key-draft-2');
        const cancelled = await adapter.declarations.cancel(sentAgain.id);
        expect(cancelled.status).to.equal('cancelled');
        expect((await adapter.declarations.list()).some((declaration) => declaration.id === draft.id)).to.equal(false);
        const error = await rejection(adapter.declarations.cancel(draft.id), 'conflict');
        expect(error.currentVersion).to.equal(cancelled.version);
        await rejection(adapter.declarations.reopen(draft.id), 'conflict');

        const other = await adapter.declarations.submit(draftInput(draft.policyId), 'key-processing');
        backend.debugStartProcessing(other.id);
        await rejection(adapter.declarations.cancel(other.id), 'conflict');
        await rejection(adapter.declarations.reopen(other.id), 'conflict');
      });

      it('uploads an attachment with progress, and it can be attached to a draft', async () => {
        const fractions: number[] = [];
        const file = new File(['%PDF-1.4 small'], 'proces-verbaal.pdf', { type: 'application/pdf' });
        const attachment = await adapter.declarations.uploadAttachment(file, { onProgress: (fraction) => fractions.push(fraction) });
        expect(attachment).to.include({ name: 'proces-verbaal.pdf', mimeType: 'application/pdf', size: file.size });
        expect(fractions[0]).to.equal(0);
        expect(fractions[fractions.length - 1]).to.equal(1);
        expect(fractions).to.deep.equal([...fractions].sort((a, b) => a - b));
        const draft = await adapter.declarations.saveDraft({ ...draftInput(null), attachments: [attachment] }, null);
        expect(draft.attachments).to.deep.equal([attachment]);
      });

      it('refuses empty, too large and unsupported files with validation', async () => {
        const empty = await rejection(adapter.declarations.uploadAttachment(new File([], 'x.pdf', { type: 'application/pdf' })), 'validation');
        expect(empty.fieldErrors?.file).to.deep.equal(['empty']);
        const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' });
        const large = await rejection(adapter.declarations.uploadAttachment(big), 'validation');
        expect(large.fieldErrors?.file).to.deep.equal(['too_large']);
        const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
        const type = await rejection(adapter.declarations.uploadAttachment(exe), 'validation');
        expect(type.fieldErrors?.file).to.deep.equal(['type_not_allowed']);
      });

      it('stops an upload when its signal aborts', async () => {
        backend.setLatency(200);
        const controller = new AbortController();
        const file = new File(['photo'], 'photo.png', { type: 'image/png' });
        const pending = adapter.declarations.uploadAttachment(file, { signal: controller.signal });
        setTimeout(() => controller.abort(), 30);
        await abortRejection(pending);
      });

      it('renders a summary PDF', async () => {
        const sent = await adapter.declarations.submit(draftInput(await activeCarPolicyId()), 'key-pdf');
        const pdf = await adapter.declarations.summaryPdf(sent.id);
        expect(pdf.type).to.equal('application/pdf');
        expect(await pdf.text()).to.contain(sent.id);
        await rejection(adapter.declarations.summaryPdf('dcl-999999'), 'not_found');
      });
    });

    // --- faults ---------------------------------------------------------------------------------

    describe('faults', () => {
      beforeEach(async () => {
        await loginAs('full');
      });

      it('turns a network failure into network', async () => {
        backend.failNext('network');
        const error = await rejection(adapter.policies.list(), 'network');
        expect(error.message).to.equal('Failed to fetch');
        expect((await adapter.policies.list()).total).to.be.greaterThan(0); // only the next call failed
      });

      it('turns an HTTP 500 into server', async () => {
        backend.failNext('server', 'claims.list');
        expect((await adapter.policies.list()).total).to.be.greaterThan(0); // another method is unaffected
        await rejection(adapter.claims.list(), 'server');
      });

      it('turns a body that breaks the schema into invalid_response', async () => {
        backend.failNext('malformed', 'policies.list');
        backend.failNext('malformed', 'auth.getSession');
        backend.failNext('malformed', 'policies.download');
        backend.failNext('malformed', 'declarations.saveDraft');
        await rejection(adapter.policies.list(), 'invalid_response');
        await rejection(adapter.auth.getSession(), 'invalid_response');
        await rejection(adapter.policies.download('pol-000001~special-conditions~1'), 'invalid_response');
        await rejection(adapter.declarations.saveDraft(draftInput(null), null), 'invalid_response');
      });
    });
  });
}
