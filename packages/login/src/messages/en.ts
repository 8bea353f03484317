/** The login package's texts in English: the source of truth, the other languages are typed against its keys. */
const en = {
  // Credentials
  'login.credentials.title': 'Log in',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.credentials.forgot': 'Forgot your password or logging in for the first time?',
  'login.notice.session-expired': 'You were logged out because you were inactive for a while. Log in again to continue.',
  'login.notice.logged-out': 'You have been logged out.',
  'login.challengeExpired': 'Your login took too long. Log in again.',

  // Second factor
  'login.totp.title': 'Two-step verification',
  'login.totp.intro': 'Enter the 6-digit code from your authenticator app.',
  'login.code.label': 'Verification code',
  'login.code.help.totp': '6 digits. Your app shows a new code every 30 seconds.',
  'login.code.help.email': '6 digits, from the e-mail we sent you.',
  'login.code.incomplete': 'Enter all 6 digits of the code.',
  'login.code.submit': 'Verify',
  'login.code.trouble': 'Code not working?',
  'login.code.tip.clock': 'Check that the clock of your phone is right: set date and time to automatic.',
  'login.code.tip.recent': 'Use the most recent code. If it is about to change, wait for the next one.',
  'login.code.tip.account': 'If your app holds several accounts, use the code for this portal.',
  'login.code.tip.lost': 'Lost or replaced your phone? Your administrator can reset your two-step verification.',
  'login.code.tip.emailRecent': 'Use the code from the most recent e-mail: a new code replaces the previous one.',
  'login.code.tip.spam': 'Nothing received? Check your spam folder, or send a new code.',
  'login.support': 'Still stuck? Contact support',
  'login.totp.useEmail': 'Send me a code by e-mail instead',
  'login.email.useTotp': 'Use my authenticator app instead',
  'login.restart': 'Back to log in',

  // Code by e-mail
  'login.email.title': 'Check your e-mail',
  'login.email.sending': 'Sending you a code…',
  'login.email.sent': 'We sent a 6-digit code to {address}. It is valid until {time}.',
  'login.email.sentShort': 'We sent a 6-digit code to {address}.',
  'login.email.expired': 'This code has expired. Send a new code.',
  'login.email.resend': 'Send a new code',
  'login.email.resendWait': 'You can ask for a new code in {time}.',
  'login.email.resent': 'A new code was sent to {address}. The previous code no longer works.',

  // Enrolment
  'login.enrol.title': 'Set up two-step verification',
  'login.enrol.intro': 'To protect your account, you confirm every login with a code from an app on your phone.',
  'login.enrol.step.app': 'Install an authenticator app on your phone, for example Microsoft Authenticator, Google Authenticator or Authy.',
  'login.enrol.step.scan': 'In the app, add an account and scan this QR code.',
  'login.enrol.step.code': 'Enter the 6-digit code the app now shows.',
  'login.enrol.qr.label': 'QR code to add your account to an authenticator app',
  'login.enrol.qr.loading': 'Loading the QR code…',
  'login.enrol.qr.failed': 'The QR code cannot be shown. Enter the key below in your app instead.',
  'login.enrol.manual.title': 'Can’t scan the code?',
  'login.enrol.manual.intro': 'Enter this key in the app. Choose “time-based” if the app asks for the type of key.',
  'login.enrol.key': 'Key',
  'login.enrol.copy': 'Copy key',
  'login.enrol.copied': 'Key copied.',
  'login.enrol.copyFailed': 'Copying did not work. Select the key and copy it yourself.',
  'login.enrol.activate': 'Activate',
  'login.enrol.useEmail': 'No smartphone? Receive codes by e-mail instead',
  'login.enrol.useTotp': 'Use an authenticator app instead',
  'login.enrol.email.intro': 'Enter the code to confirm that our e-mails reach you. From now on, we will e-mail you a code at every login.',
  'login.enrol.postpone.until': 'You can do this later, until {date}. After that date, you can only log in with two-step verification.',
  'login.enrol.postpone': 'Set up later',
  'login.enrol.starting': 'Preparing your set-up…',

  // Lockout
  'login.locked.title': 'Too many attempts',
  'login.locked.wait': 'For your security, logging in is blocked for a moment. You can try again in {time}.',
  'login.locked.over': 'You can try again now.',

  // Password reset
  'login.reset.request.title': 'Forgot your password?',
  'login.reset.request.intro':
    'Enter your e-mail address and we will send you a link to choose a new password. Logging in for the first time? This is also how you choose your password.',
  'login.reset.request.submit': 'Send link',
  'login.reset.sent.title': 'Check your mailbox',
  'login.reset.sent.body':
    'If {address} belongs to an account, you will receive an e-mail with a link to choose a new password. The link is valid for one hour.',
  'login.reset.sent.spam': 'Nothing received after a few minutes? Check your spam folder or try again.',
  'login.reset.sent.again': 'Send another link',
  'login.reset.form.title': 'Choose a new password',
  'login.reset.form.intro': 'Choose a password you do not use anywhere else.',
  'login.reset.newPassword': 'New password',
  'login.reset.rules.help': 'At least 12 characters, with at least 3 of: lowercase letters, capitals, digits, symbols.',
  'login.reset.rules.title': 'Your password',
  'login.password.rule.length': 'has at least 12 characters',
  'login.password.rule.variety': 'mixes at least 3 of: lowercase, capitals, digits, symbols',
  'login.password.rule.note': 'It may not contain your e-mail address or be your current password.',
  'login.password.rule.met': 'done',
  'login.password.rule.unmet': 'not yet',
  'login.password.error.rules': 'This password does not follow the rules below yet.',
  'login.password.error.too_short': 'Use at least 12 characters.',
  'login.password.error.too_long': 'Use at most 128 characters.',
  'login.password.error.contains_email': 'Do not use your e-mail address in your password.',
  'login.password.error.too_simple': 'Mix at least 3 of: lowercase letters, capitals, digits and symbols.',
  'login.password.error.same_as_current': 'Choose a password that differs from your current one.',
  'login.reset.form.submit': 'Save password',
  'login.reset.invalid.title': 'This link no longer works',
  'login.reset.invalid.body': 'The link has already been used or is more than an hour old. Ask for a new link.',
  'login.reset.requestNew': 'Ask for a new link',
  'login.reset.done.title': 'Password changed',
  'login.reset.done.body': 'Your new password is saved. Log in with it to continue.',
  'login.reset.done.login': 'Go to log in',

  // After success
  'login.success': 'You are logged in.',

  // Idle timeout
  'session.warning.title': 'Are you still there?',
  'session.warning.body': 'You have not done anything for a while. For your security, you will be logged out in {time}.',
  'session.stay': 'Stay logged in',
  'session.logout': 'Log out',
  'session.expired': 'You were logged out because you were inactive for a while.',
} satisfies Record<string, string>;

export type LoginMessageKey = keyof typeof en;
export type LoginMessages = Record<LoginMessageKey, string>;
export default en;
