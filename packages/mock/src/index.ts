export { MockBackend } from './backend.js';
export type { AdapterMethod, FaultKind, MockBackendOptions } from './backend.js';
export { createMockAdapter } from './adapter.js';
export { createHandlers, parseListQuery, STATUS_BY_CODE } from './handlers.js';
export type { HandlerOptions } from './handlers.js';
export { createSeed, DEFAULT_SEED_OPTIONS } from './seed.js';
export type { Seed, SeedOptions, SeedUser } from './seed.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from './accounts.js';
export type { DemoAccount, DemoAccountKey } from './accounts.js';
export { HOSTILE_STRINGS } from './hostile.js';
export { signInDemoAccount } from './sign-in.js';
export type { SentEmail } from './state.js';
export { IDLE_TIMEOUT_SECONDS } from './state.js';
export {
  EMAIL_CODE_RESEND_SECONDS,
  EMAIL_CODE_VALID_SECONDS,
  LOCKOUT_SECONDS,
  MAX_FAILED_CODES,
  passwordProblems,
} from './areas/auth.js';
export type { PasswordProblem } from './areas/auth.js';
export { runQuery, foldText } from './query.js';
export type { ListFields } from './query.js';
