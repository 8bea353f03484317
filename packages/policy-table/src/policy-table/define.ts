import '@portaal/core/define';
import '@portaal/data-table/define';
import '../policy-documents/define.js';
import { defineElement } from '@portaal/core';
import { PortaalPolicyTable } from './policy-table.js';

defineElement('portaal-policy-table', PortaalPolicyTable);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-policy-table': PortaalPolicyTable;
  }
}
