import '@portaal/core/define';
import { defineElement } from '@portaal/core';
import { PortaalOrgDetails } from './org-details.js';

defineElement('portaal-org-details', PortaalOrgDetails);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-org-details': PortaalOrgDetails;
  }
}
