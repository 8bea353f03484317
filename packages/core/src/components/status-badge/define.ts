import { defineElement } from '../../internal/define.js';
import { PortaalStatusBadge } from './status-badge.js';

defineElement('portaal-status-badge', PortaalStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-status-badge': PortaalStatusBadge;
  }
}
