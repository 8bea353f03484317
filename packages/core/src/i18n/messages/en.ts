/**
 * Core messages in English: the source of truth. Other languages are typed against these keys,
 * so a key missing in nl/fr/de is a compile error, and `missingKeys()` catches empty ones.
 *
 * Conventions:
 * - flat dotted keys: `<area>.<thing>`; enum values are used verbatim (`status.claim.in-progress`);
 * - `{name}` placeholders; plurals are sibling keys ending in `.one` / `.other` (see catalogue.ts);
 * - sentences end with a full stop; labels and button texts do not.
 */
import type { ErrorCode } from '../../contract/errors.js';
import type {
  AccessLevel,
  ClaimStatus,
  DeclarationStatus,
  DocumentKind,
  LineOfBusiness,
  MenuItem,
  PolicyStatus,
} from '../../contract/schemas.js';

/** Keys derived from the contract's enums: a new status there without a message here fails to compile. */
type ContractKeys =
  | `error.${ErrorCode}`
  | `status.policy.${PolicyStatus}`
  | `status.claim.${ClaimStatus}`
  | `status.declaration.${DeclarationStatus}`
  | `lob.${LineOfBusiness}`
  | `document.${DocumentKind}`
  | `menu.${MenuItem}`
  | `access.${AccessLevel}`;

export const en = {
  // Generic actions (button texts)
  'action.retry': 'Try again',
  'action.close': 'Close',
  'action.cancel': 'Cancel',
  'action.save': 'Save',
  'action.continue': 'Continue',
  'action.back': 'Back',
  'action.send': 'Send',
  'action.confirm': 'Confirm',
  'action.edit': 'Edit',
  'action.delete': 'Delete',
  'action.download': 'Download',
  'action.search': 'Search',
  'action.clear': 'Clear',
  'action.showPassword': 'Show password',

  // Generic states
  'state.loading': 'Loading…',
  'state.done': 'Done',

  // Form fields
  'field.required': 'required',
  'field.optional': 'optional',
  'field.errorPrefix': 'Error:',
  'field.error.required': 'Fill in this field.',
  'field.error.invalid': 'This value is not valid.',
  'field.error.email': 'Enter an e-mail address like name@example.com.',
  'field.error.tooLong.one': 'Use at most {count} character.',
  'field.error.tooLong.other': 'Use at most {count} characters.',

  // Common labels
  'label.enterpriseNumber': 'Enterprise number',
  'label.policyNumber': 'Policy number',
  'label.claimNumber': 'Claim number',
  'count.results.one': '{count} result',
  'count.results.other': '{count} results',

  // Errors, one per ErrorCode; some have a more precise variant chosen by errorMessage()
  'error.invalid_credentials': 'The e-mail address or password is not correct.',
  'error.invalid_code': 'This code is not correct. Use the most recent code.',
  'error.invalid_code.attempts.one': 'This code is not correct. You have {count} attempt left.',
  'error.invalid_code.attempts.other': 'This code is not correct. You have {count} attempts left.',
  'error.locked': 'Too many attempts. Try again later.',
  'error.locked.minutes.one': 'Too many attempts. Try again in {count} minute.',
  'error.locked.minutes.other': 'Too many attempts. Try again in {count} minutes.',
  'error.locked.seconds.one': 'Too many attempts. Try again in {count} second.',
  'error.locked.seconds.other': 'Too many attempts. Try again in {count} seconds.',
  'error.enrolment_required': 'Set up two-step verification to continue.',
  'error.unauthenticated': 'Your session has ended. Log in again.',
  'error.forbidden': 'You do not have access to this. Ask your administrator.',
  'error.not_found': 'We could not find this. It may have been removed.',
  'error.conflict': 'Someone else saved changes in the meantime. Reload to see the latest version.',
  'error.validation': 'Some fields need your attention.',
  'error.network': 'Check your connection and try again.',
  'error.invalid_response': 'We received an unexpected answer. Try again later.',
  'error.server': 'Something went wrong on our side. Try again later.',

  // Policy statuses
  'status.policy.pending': 'Pending',
  'status.policy.active': 'Active',
  'status.policy.suspended': 'Suspended',
  'status.policy.cancelled': 'Cancelled',
  'status.policy.expired': 'Expired',

  // Claim statuses
  'status.claim.declared': 'Declared',
  'status.claim.in-progress': 'In progress',
  'status.claim.awaiting-information': 'Information needed',
  'status.claim.settled': 'Settled',
  'status.claim.rejected': 'Rejected',
  'status.claim.closed': 'Closed',

  // Declaration statuses
  'status.declaration.draft': 'Draft',
  'status.declaration.sent': 'Sent',
  'status.declaration.processing': 'Being processed',
  'status.declaration.processed': 'Processed',
  'status.declaration.cancelled': 'Cancelled',

  // Lines of business
  'lob.car': 'Car',
  'lob.omnium': 'Omnium',
  'lob.liability': 'Civil liability',
  'lob.accident': 'Personal accident',
  'lob.work-accident': 'Work accident',
  'lob.fire': 'Fire',
  'lob.hospitalisation': 'Hospitalisation',

  // Document kinds
  'document.special-conditions': 'Special conditions',
  'document.general-conditions': 'General conditions',
  'document.green-card': 'Green card',
  'document.endorsement': 'Endorsement',
  'document.insured-risks-list': 'List of insured risks',
  'document.provisional-cover-certificate': 'Provisional cover certificate',
  'document.insurance-certificate': 'Insurance certificate',
  'document.claims-history-certificate': 'Claims history certificate',
  'document.claim-form': 'Claim form',
  'document.expert-report': 'Expert report',
  'document.photo': 'Photo',
  'document.invoice': 'Invoice',
  'document.correspondence': 'Correspondence',
  'document.settlement': 'Settlement',

  // Menu items
  'menu.my-data': 'My data',
  'menu.policies': 'Policies',
  'menu.claims': 'Claims',
  'menu.declarations': 'Declarations',
  'menu.users': 'Users',

  // Access levels
  'access.full': 'Full access',
  'access.restricted': 'Restricted access',

  // No access (an element used where the membership does not permit its menu item)
  'noAccess.title': 'No access',
  'noAccess.item': 'You do not have access to “{item}” for {organisation}.',
  'noAccess.itemOnly': 'You do not have access to “{item}”.',
  'noAccess.help': 'The administrator of your organisation decides who has access to what. Ask them if you need this.',
} satisfies Record<ContractKeys, string> & Record<string, string>;

export type CoreMessageKey = keyof typeof en;
