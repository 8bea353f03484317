import '@portaal/core/define';
import { defineElement } from '@portaal/core';
import { PortaalDataTable } from './data-table.js';

defineElement('portaal-data-table', PortaalDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-data-table': PortaalDataTable;
  }
}
