export { PortaalPolicyTable, POLICY_COLUMNS } from './policy-table/policy-table.js';
export type { PagingMode, PolicyDocumentsDetail, QuickFilter } from './policy-table/policy-table.js';
export { PortaalPolicyDocuments } from './policy-documents/policy-documents.js';
export type { DocumentFileDetail } from './policy-documents/policy-documents.js';
export { policyTableMessages, registerPolicyTableMessages } from './messages.js';
export type { PolicyTableMessageKey } from './messages.js';
