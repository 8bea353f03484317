import { PortaalButton, PortaalDialog, defineElement } from '@portaal/core';
import { PortaalSessionTimeout } from './session-timeout.js';

// The building blocks it renders; a no-op when @portaal/core/define already registered them.
defineElement('portaal-button', PortaalButton);
defineElement('portaal-dialog', PortaalDialog);
defineElement('portaal-session-timeout', PortaalSessionTimeout);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-session-timeout': PortaalSessionTimeout;
  }
}
