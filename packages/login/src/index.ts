export { PortaalLogin, type LoginNotice, type LoginStep, type LoginSuccessDetail, type PasswordResetDetail } from './login/login.js';
export {
  PortaalSessionTimeout,
  type LogoutDetail,
  type SessionExpiredDetail,
} from './session-timeout/session-timeout.js';
export { PortaalQrCode, type QrMatrix } from './qr-code/qr-code.js';
export { systemClock, type Clock } from './internal/clock.js';
export { loginMessages, type LoginMessageKey } from './messages.js';
