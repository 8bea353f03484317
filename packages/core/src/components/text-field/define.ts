import { defineElement } from '../../internal/define.js';
import { PortaalTextField } from './text-field.js';

defineElement('portaal-text-field', PortaalTextField);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-text-field': PortaalTextField;
  }
}
