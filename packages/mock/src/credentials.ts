/**
 * Credential primitives of the mock back end: PBKDF2 password hashes, TOTP (otplib 13, stateless:
 * replay protection is the caller's job) and random one-time codes and tokens.
 */
import { ScureBase32Plugin, generate, generateSecret, generateURI, verify } from 'otplib';

/** OWASP suggests 600 000 for PBKDF2-SHA-256; a mock that re-creates back ends per test settles for less. */
export const DEFAULT_PASSWORD_ITERATIONS = 100_000;

export interface PasswordHash {
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = DEFAULT_PASSWORD_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { iterations, salt, hash: await pbkdf2(password, salt, iterations) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  return constantTimeEqual(await pbkdf2(password, stored.salt, stored.iterations), stored.hash);
}

/** Compares every byte whatever the first difference, so timing does not reveal how much matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function constantTimeEqualText(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  return constantTimeEqual(encoder.encode(a), encoder.encode(b));
}

// --- TOTP -------------------------------------------------------------------------------------

export const TOTP_PERIOD_SECONDS = 30;
const base32 = new ScureBase32Plugin();

export function isSixDigitCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Base32 secret from given bytes (the seed's deterministic secrets). */
export function totpSecretFromBytes(bytes: Uint8Array): string {
  return base32.encode(bytes, { padding: false });
}

/** A fresh random 20-byte secret, base32. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** `otpauth://totp/Portaal:<email>?secret=…&issuer=Portaal`, what the enrolment QR code holds. */
export function otpauthUri(email: string, secret: string): string {
  return generateURI({ issuer: 'Portaal', label: email, secret });
}

export function totpTimeStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

export async function totpCode(secret: string, nowMs: number): Promise<string> {
  return generate({ secret, epoch: Math.floor(nowMs / 1000), period: TOTP_PERIOD_SECONDS, digits: 6, algorithm: 'sha1' });
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false };

/**
 * Accepts the code of the current 30-second step and of one step either side (clock drift).
 * `afterTimeStep`: the last step accepted for this user; that step and earlier ones are refused (replay).
 */
export async function verifyTotp(secret: string, code: string, nowMs: number, afterTimeStep: number | null = null): Promise<TotpCheck> {
  if (!isSixDigitCode(code)) return { valid: false }; // otplib throws on other shapes
  const epoch = Math.floor(nowMs / 1000);
  const options = { secret, token: code, epoch, period: TOTP_PERIOD_SECONDS, epochTolerance: TOTP_PERIOD_SECONDS, digits: 6 as const };
  // otplib rejects an afterTimeStep beyond its window (a clock set back); every code is stale then anyway.
  const lastStepInWindow = Math.floor((epoch + TOTP_PERIOD_SECONDS) / TOTP_PERIOD_SECONDS);
  if (afterTimeStep !== null && afterTimeStep >= lastStepInWindow) return { valid: false };
  const result = await verify(afterTimeStep === null ? options : { ...options, afterTimeStep });
  return result.valid && 'timeStep' in result ? { valid: true, timeStep: result.timeStep } : { valid: false };
}

// --- Random codes and tokens --------------------------------------------------------------------

/** Six random digits, uniformly distributed (rejection sampling avoids modulo bias). */
export function randomSixDigitCode(): string {
  const buffer = new Uint32Array(1);
  const limit = Math.floor(0x1_0000_0000 / 1_000_000) * 1_000_000;
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0]!;
    if (value < limit) return String(value % 1_000_000).padStart(6, '0');
  }
}

/** An unguessable URL-safe token (password-reset links, challenge ids). */
export function randomToken(bytes = 24): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...data)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
