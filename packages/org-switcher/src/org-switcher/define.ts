import '@portaal/core/define';
import { defineElement } from '@portaal/core';
import { PortaalOrgSwitcher } from './org-switcher.js';

defineElement('portaal-org-switcher', PortaalOrgSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-org-switcher': PortaalOrgSwitcher;
  }
}
