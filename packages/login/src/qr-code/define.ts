import { defineElement } from '@portaal/core';
import { PortaalQrCode } from './qr-code.js';

defineElement('portaal-qr-code', PortaalQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-qr-code': PortaalQrCode;
  }
}
