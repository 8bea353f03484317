import { defineElement } from '../internal/define.js';
import { PortaalProvider } from './provider.js';

defineElement('portaal-provider', PortaalProvider);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-provider': PortaalProvider;
  }
}
