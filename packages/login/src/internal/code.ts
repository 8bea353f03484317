/** One-time codes are six digits, whatever the app or e-mail showed around them. */
export const CODE_LENGTH = 6;

/**
 * Keeps the digits of what the user typed or pasted: `123 456`, `123-456`, ` 123456 ` → `123456`.
 * Anything beyond six digits is dropped, so a pasted "code 123456, valid 10 min" still works.
 */
export function normaliseCode(text: string): string {
  return text.replace(/\D/g, '').slice(0, CODE_LENGTH);
}

export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^\d+$/.test(code);
}

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to copy by hand into an app. */
export function groupKey(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
