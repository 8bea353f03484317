/**
 * Belgian enterprise number (KBO/BCE): 10 digits, starting with 0 or 1; the last two digits are
 * 97 minus (the first eight modulo 97).
 */

/** Strips the usual separators (`BE`, dots, spaces) and returns the 10 digits, or null. */
export function normaliseEnterpriseNumber(input: string): string | null {
  const digits = input.replace(/^\s*BE/i, '').replace(/[\s.]/g, '');
  if (/^\d{9}$/.test(digits)) return `0${digits}`; // older numbers were written with 9 digits
  return /^\d{10}$/.test(digits) ? digits : null;
}

export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normaliseEnterpriseNumber(input);
  if (!digits || !/^[01]/.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** `0123456749` → `0123.456.749`; anything else is returned unchanged. */
export function formatEnterpriseNumber(input: string): string {
  const digits = normaliseEnterpriseNumber(input);
  if (!digits) return input;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** Completes eight leading digits with their check digits (used by the seed data). */
export function withCheckDigits(firstEight: string): string {
  const check = 97 - (Number(firstEight) % 97);
  return `${firstEight}${String(check).padStart(2, '0')}`;
}
