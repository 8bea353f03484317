import { expect } from '@open-wc/testing';
import { generate } from 'otplib';
import {
  constantTimeEqual,
  hashPassword,
  otpauthUri,
  randomSixDigitCode,
  totpCode,
  totpSecretFromBytes,
  totpTimeStep,
  verifyPassword,
  verifyTotp,
} from './credentials.js';

/** RFC 6238 / RFC 4226 test secret: the ASCII bytes of "12345678901234567890". */
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');

describe('TOTP (otplib 13)', () => {
  it('reproduces the RFC 6238 SHA-1 vectors (8 digits)', async () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ];
    for (const [epoch, expected] of vectors) {
      const code = await generate({ strategy: 'totp', secret: RFC_SECRET, epoch, period: 30, digits: 8, algorithm: 'sha1' });
      expect(code, `T=${epoch}`).to.equal(expected);
    }
  });

  it('reproduces the RFC 4226 HOTP vectors (6 digits, counters 0..9)', async () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (const [counter, code] of expected.entries()) {
      expect(await generate({ strategy: 'hotp', secret: RFC_SECRET, counter, digits: 6, algorithm: 'sha1' }), `counter ${counter}`).to.equal(code);
    }
  });

  const secret = totpSecretFromBytes(RFC_SECRET);
  const now = Date.parse('2026-11-21T09:00:10Z');

  it('accepts the current step and one step either side, refuses two steps away', async () => {
    for (const offset of [-30_000, 0, 30_000]) {
      const code = await totpCode(secret, now + offset);
      expect((await verifyTotp(secret, code, now)).valid, `offset ${offset}`).to.equal(true);
    }
    for (const offset of [-60_000, 60_000]) {
      const code = await totpCode(secret, now + offset);
      expect((await verifyTotp(secret, code, now)).valid, `offset ${offset}`).to.equal(false);
    }
  });

  it('reports the matched step and refuses it (and older ones) when given as afterTimeStep', async () => {
    const code = await totpCode(secret, now);
    const first = await verifyTotp(secret, code, now);
    expect(first).to.deep.equal({ valid: true, timeStep: totpTimeStep(now) });
    expect((await verifyTotp(secret, code, now, totpTimeStep(now))).valid).to.equal(false);
    expect((await verifyTotp(secret, await totpCode(secret, now + 30_000), now, totpTimeStep(now))).valid).to.equal(true);
    // A clock set far back must not throw (otplib rejects an afterTimeStep beyond its window).
    expect((await verifyTotp(secret, code, now - 3_600_000, totpTimeStep(now))).valid).to.equal(false);
  });

  it('refuses malformed codes without throwing', async () => {
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456', '12 456']) {
      expect((await verifyTotp(secret, code, now)).valid, JSON.stringify(code)).to.equal(false);
    }
  });

  it('builds the otpauth URI an authenticator app scans', () => {
    expect(otpauthUri('an@x.example', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).to.equal(
      'otpauth://totp/Portaal:an%40x.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Portaal',
    );
  });

  it('makes six-digit e-mail codes', () => {
    for (let i = 0; i < 50; i++) expect(randomSixDigitCode()).to.match(/^\d{6}$/);
  });
});

describe('password hashing (PBKDF2-SHA-256)', () => {
  const password = 'Portaal-demo-2026';

  it('stores a salted hash, never the password', async () => {
    const stored = await hashPassword(password, 1000);
    expect(stored.hash).to.have.length(32);
    expect(stored.salt).to.have.length(16);
    const plain = new TextEncoder().encode(password);
    const asText = new TextDecoder().decode(stored.hash);
    expect(asText).to.not.contain(password);
    expect(constantTimeEqual(stored.hash, plain)).to.equal(false);
    const again = await hashPassword(password, 1000);
    expect(constantTimeEqual(again.hash, stored.hash)).to.equal(false); // another salt, another hash
  });

  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword(password, 1000);
    expect(await verifyPassword(password, stored)).to.equal(true);
    expect(await verifyPassword('portaal-demo-2026', stored)).to.equal(false);
    expect(await verifyPassword('', stored)).to.equal(false);
  });

  it('compares byte arrays of any length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).to.equal(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).to.equal(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).to.equal(false);
  });
});
