import { defineElement } from '../../internal/define.js';
import { PortaalDialog } from './dialog.js';

defineElement('portaal-dialog', PortaalDialog);

declare global {
  interface HTMLElementTagNameMap {
    'portaal-dialog': PortaalDialog;
  }
}
