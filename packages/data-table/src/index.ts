export { PortaalDataTable } from './data-table/data-table.js';
export type {
  DataProvider,
  TableActionDetail,
  TableExportDetail,
  TableFilter,
  TableSearchDetail,
  TableSelectDetail,
  TableSortDetail,
  TableState,
} from './data-table/data-table.js';
export type { CellAction, CellContext, ColumnType, DataTableColumn } from './columns.js';
export { displayText, cellText, rawValue } from './columns.js';
export {
  buildCsv,
  csvField,
  csvFilename,
  csvFormatFor,
  csvRecord,
  csvText,
  isoDate,
  neutralise,
  quoteField,
  slugify,
  CSV_MIME,
} from './csv/csv.js';
export type { BuildCsvOptions, CsvColumn, CsvFormat, CsvKind, RowSource } from './csv/csv.js';
export { RowSelection } from './selection/selection.js';
export type { SelectionState } from './selection/selection.js';
export { collatorFor, rankStrings } from './sort/collation.js';
export { rankValues, sortPermutation } from './sort/sort.js';
export type { Ranks, SortValue } from './sort/sort.js';
export { saveBlob } from './download.js';
export { dataTableMessages, registerDataTableMessages } from './messages.js';
export type { DataTableMessageKey } from './messages.js';
