import { PortaalButton, PortaalTextField, defineElement } from '@portaal/core';
import '../qr-code/define.js';
import { PortaalLogin } from './login.js';

// The building blocks it renders; a no-op when @portaal/core/define already registered them.
defineElement('portaal-button', PortaalButton);
defineElement('portaal-text-field', PortaalTextField);
defineElement('portaal-login', PortaalLogin);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-login': PortaalLogin;
  }
}
