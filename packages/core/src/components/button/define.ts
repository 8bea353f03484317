import { defineElement } from '../../internal/define.js';
import { PortaalButton } from './button.js';

defineElement('portaal-button', PortaalButton);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-button': PortaalButton;
  }
}
