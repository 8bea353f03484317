import '@portaal/core/define';
import { defineElement } from '@portaal/core';
import { PortaalPolicyDocuments } from './policy-documents.js';

defineElement('portaal-policy-documents', PortaalPolicyDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-policy-documents': PortaalPolicyDocuments;
  }
}
