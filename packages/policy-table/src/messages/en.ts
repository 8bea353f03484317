/**
 * The texts of <portaal-policy-table> and <portaal-policy-documents> in English: the source of
 * truth, the other languages are typed against its keys.
 */
const en = {
  'policyTable.label': 'Policies',
  'policyTable.count.one': '{count} policy',
  'policyTable.count.other': '{count} policies',
  'policyTable.exportName': 'policies',
  'policyTable.quick.legend': 'Show',
  'policyTable.quick.all': 'All policies',
  'policyTable.quick.car': 'Car policies only',
  'policyTable.quick.nonCar': 'All except car',
  'policyTable.filter.line': 'Line of business',
  'policyTable.filter.allLines': 'All lines',
  'policyTable.filter.status': 'Status',
  'policyTable.filter.allStatuses': 'All statuses',
  'policyTable.column.number': 'Policy number',
  'policyTable.column.line': 'Line of business',
  'policyTable.column.product': 'Product',
  'policyTable.column.risk': 'Insured risk',
  'policyTable.column.status': 'Status',
  'policyTable.column.start': 'Start date',
  'policyTable.column.renewal': 'Renewal date',
  'policyTable.column.premium': 'Annual premium',
  'policyTable.column.documents': 'Documents',
  'policyTable.documents': 'Documents',
  'policyTable.documents.label': 'Documents of policy {number}',
  'policyTable.empty': 'This organisation has no policies yet.',
  'policyTable.notFound': 'This policy could not be found. It may belong to another organisation.',

  'policyDocuments.title': 'Documents of policy {number}',
  'policyDocuments.search': 'Search documents',
  'policyDocuments.loading': 'Loading documents…',
  'policyDocuments.error': 'The documents could not be loaded.',
  'policyDocuments.empty': 'There are no documents for this policy yet.',
  'policyDocuments.noMatch': 'No documents match “{search}”.',
  'policyDocuments.clearSearch': 'Clear search',
  'policyDocuments.count.one': '{count} document',
  'policyDocuments.count.other': '{count} documents',
  'policyDocuments.view': 'View',
  'policyDocuments.download': 'Download',
  'policyDocuments.viewLabel': 'View {document}, policy {number}',
  'policyDocuments.downloadLabel': 'Download {document}, policy {number}',
  'policyDocuments.added': 'Added on {date}',
  'policyDocuments.downloaded': '{document} downloaded.',
  'policyDocuments.opened': '{document} opened in a new tab.',
  'policyDocuments.failed': '{document} could not be opened: {reason}',
};

export type PolicyTableMessageKey = keyof typeof en;
export type PolicyTableMessages = Record<PolicyTableMessageKey, string>;
export default en;
