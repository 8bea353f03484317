import { defineElement } from '../../internal/define.js';
import { PortaalNoAccess } from './no-access.js';

defineElement('portaal-no-access', PortaalNoAccess);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-no-access': PortaalNoAccess;
  }
}
