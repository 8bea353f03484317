/**
 * The login package's messages in en, nl, fr and de. English is the source of truth: the other
 * languages are typed against its keys, so a missing key fails to compile, and the completeness
 * test catches empty ones. Belgian usage: formal "u" / "vous" / "Sie", "aanmelden", "se connecter".
 *
 * Registered as defaults when the first login element is created (not at import), so a rewording
 * an integrator registered at start-up is kept.
 */
import { registerDefaultMessages, type MessageBundle } from '@portaal/core';

export const en = {
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

export const nl: Record<LoginMessageKey, string> = {
  'login.credentials.title': 'Aanmelden',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.credentials.forgot': 'Wachtwoord vergeten of meldt u zich voor het eerst aan?',
  'login.notice.session-expired': 'U bent afgemeld omdat u een tijd niet actief was. Meld u opnieuw aan om verder te gaan.',
  'login.notice.logged-out': 'U bent afgemeld.',
  'login.challengeExpired': 'Het aanmelden duurde te lang. Meld u opnieuw aan.',

  'login.totp.title': 'Verificatie in twee stappen',
  'login.totp.intro': 'Vul de 6-cijferige code uit uw authenticatie-app in.',
  'login.code.label': 'Verificatiecode',
  'login.code.help.totp': '6 cijfers. Uw app toont elke 30 seconden een nieuwe code.',
  'login.code.help.email': '6 cijfers, uit de e-mail die we u stuurden.',
  'login.code.incomplete': 'Vul alle 6 cijfers van de code in.',
  'login.code.submit': 'Controleren',
  'login.code.trouble': 'Werkt de code niet?',
  'login.code.tip.clock': 'Controleer of de klok van uw smartphone juist staat: zet datum en tijd op automatisch.',
  'login.code.tip.recent': 'Gebruik de meest recente code. Staat ze op het punt te veranderen, wacht dan op de volgende.',
  'login.code.tip.account': 'Staan er meerdere accounts in uw app, gebruik dan de code voor dit portaal.',
  'login.code.tip.lost': 'Smartphone kwijt of vervangen? Uw beheerder kan uw verificatie in twee stappen opnieuw instellen.',
  'login.code.tip.emailRecent': 'Gebruik de code uit de meest recente e-mail: een nieuwe code vervangt de vorige.',
  'login.code.tip.spam': 'Niets ontvangen? Kijk in uw map met ongewenste e-mail of vraag een nieuwe code aan.',
  'login.support': 'Lukt het nog steeds niet? Contacteer de helpdesk',
  'login.totp.useEmail': 'Stuur mij liever een code per e-mail',
  'login.email.useTotp': 'Toch mijn authenticatie-app gebruiken',
  'login.restart': 'Terug naar aanmelden',

  'login.email.title': 'Controleer uw e-mail',
  'login.email.sending': 'We sturen u een code…',
  'login.email.sent': 'We hebben een 6-cijferige code gestuurd naar {address}. Ze is geldig tot {time}.',
  'login.email.sentShort': 'We hebben een 6-cijferige code gestuurd naar {address}.',
  'login.email.expired': 'Deze code is verlopen. Vraag een nieuwe code aan.',
  'login.email.resend': 'Nieuwe code sturen',
  'login.email.resendWait': 'U kunt over {time} een nieuwe code aanvragen.',
  'login.email.resent': 'Er is een nieuwe code gestuurd naar {address}. De vorige code werkt niet meer.',

  'login.enrol.title': 'Verificatie in twee stappen instellen',
  'login.enrol.intro': 'Om uw account te beschermen, bevestigt u elke aanmelding met een code uit een app op uw smartphone.',
  'login.enrol.step.app':
    'Installeer een authenticatie-app op uw smartphone, bijvoorbeeld Microsoft Authenticator, Google Authenticator of Authy.',
  'login.enrol.step.scan': 'Voeg in de app een account toe en scan deze QR-code.',
  'login.enrol.step.code': 'Vul de 6-cijferige code in die de app nu toont.',
  'login.enrol.qr.label': 'QR-code om uw account toe te voegen aan een authenticatie-app',
  'login.enrol.qr.loading': 'QR-code wordt geladen…',
  'login.enrol.qr.failed': 'De QR-code kan niet getoond worden. Vul de sleutel hieronder in uw app in.',
  'login.enrol.manual.title': 'Lukt het scannen niet?',
  'login.enrol.manual.intro': 'Vul deze sleutel in de app in. Kies “op tijd gebaseerd” als de app naar het type sleutel vraagt.',
  'login.enrol.key': 'Sleutel',
  'login.enrol.copy': 'Sleutel kopiëren',
  'login.enrol.copied': 'Sleutel gekopieerd.',
  'login.enrol.copyFailed': 'Kopiëren lukte niet. Selecteer de sleutel en kopieer hem zelf.',
  'login.enrol.activate': 'Activeren',
  'login.enrol.useEmail': 'Geen smartphone? Ontvang de codes liever per e-mail',
  'login.enrol.useTotp': 'Toch een authenticatie-app gebruiken',
  'login.enrol.email.intro':
    'Vul de code in om te bevestigen dat onze e-mails u bereiken. Voortaan sturen we u bij elke aanmelding een code per e-mail.',
  'login.enrol.postpone.until':
    'U kunt dit uitstellen tot {date}. Na die datum kunt u zich alleen nog aanmelden met verificatie in twee stappen.',
  'login.enrol.postpone': 'Later instellen',
  'login.enrol.starting': 'Uw instelling wordt voorbereid…',

  'login.locked.title': 'Te veel pogingen',
  'login.locked.wait': 'Voor uw veiligheid is aanmelden even geblokkeerd. U kunt het opnieuw proberen over {time}.',
  'login.locked.over': 'U kunt het nu opnieuw proberen.',

  'login.reset.request.title': 'Wachtwoord vergeten?',
  'login.reset.request.intro':
    'Vul uw e-mailadres in. We sturen u een link om een nieuw wachtwoord te kiezen. Meldt u zich voor het eerst aan? Zo kiest u ook uw wachtwoord.',
  'login.reset.request.submit': 'Link versturen',
  'login.reset.sent.title': 'Controleer uw mailbox',
  'login.reset.sent.body':
    'Als {address} bij een account hoort, ontvangt u een e-mail met een link om een nieuw wachtwoord te kiezen. De link is één uur geldig.',
  'login.reset.sent.spam': 'Na enkele minuten nog niets ontvangen? Kijk in uw map met ongewenste e-mail of probeer het opnieuw.',
  'login.reset.sent.again': 'Nog een link versturen',
  'login.reset.form.title': 'Kies een nieuw wachtwoord',
  'login.reset.form.intro': 'Kies een wachtwoord dat u nergens anders gebruikt.',
  'login.reset.newPassword': 'Nieuw wachtwoord',
  'login.reset.rules.help': 'Minstens 12 tekens, met minstens 3 van: kleine letters, hoofdletters, cijfers, symbolen.',
  'login.reset.rules.title': 'Uw wachtwoord',
  'login.password.rule.length': 'telt minstens 12 tekens',
  'login.password.rule.variety': 'combineert minstens 3 van: kleine letters, hoofdletters, cijfers, symbolen',
  'login.password.rule.note': 'Het mag uw e-mailadres niet bevatten en niet uw huidige wachtwoord zijn.',
  'login.password.rule.met': 'in orde',
  'login.password.rule.unmet': 'nog niet',
  'login.password.error.rules': 'Dit wachtwoord volgt de regels hieronder nog niet.',
  'login.password.error.too_short': 'Gebruik minstens 12 tekens.',
  'login.password.error.too_long': 'Gebruik maximaal 128 tekens.',
  'login.password.error.contains_email': 'Gebruik uw e-mailadres niet in uw wachtwoord.',
  'login.password.error.too_simple': 'Combineer minstens 3 van: kleine letters, hoofdletters, cijfers en symbolen.',
  'login.password.error.same_as_current': 'Kies een ander wachtwoord dan uw huidige.',
  'login.reset.form.submit': 'Wachtwoord opslaan',
  'login.reset.invalid.title': 'Deze link werkt niet meer',
  'login.reset.invalid.body': 'De link is al gebruikt of is ouder dan één uur. Vraag een nieuwe link aan.',
  'login.reset.requestNew': 'Nieuwe link aanvragen',
  'login.reset.done.title': 'Wachtwoord gewijzigd',
  'login.reset.done.body': 'Uw nieuwe wachtwoord is opgeslagen. Meld u ermee aan om verder te gaan.',
  'login.reset.done.login': 'Naar aanmelden',

  'login.success': 'U bent aangemeld.',

  'session.warning.title': 'Bent u er nog?',
  'session.warning.body': 'U was een tijd niet actief. Voor uw veiligheid wordt u afgemeld over {time}.',
  'session.stay': 'Aangemeld blijven',
  'session.logout': 'Afmelden',
  'session.expired': 'U bent afgemeld omdat u een tijd niet actief was.',
};

export const fr: Record<LoginMessageKey, string> = {
  'login.credentials.title': 'Se connecter',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.credentials.forgot': 'Mot de passe oublié ou première connexion\u00a0?',
  'login.notice.session-expired':
    'Votre session a été fermée après un moment d’inactivité. Reconnectez-vous pour continuer.',
  'login.notice.logged-out': 'Vous avez été déconnecté.',
  'login.challengeExpired': 'La connexion a pris trop de temps. Reconnectez-vous.',

  'login.totp.title': 'Vérification en deux étapes',
  'login.totp.intro': 'Saisissez le code à 6 chiffres affiché par votre application d’authentification.',
  'login.code.label': 'Code de vérification',
  'login.code.help.totp': '6 chiffres. Votre application affiche un nouveau code toutes les 30 secondes.',
  'login.code.help.email': '6 chiffres, dans l’e-mail que nous vous avons envoyé.',
  'login.code.incomplete': 'Saisissez les 6 chiffres du code.',
  'login.code.submit': 'Vérifier',
  'login.code.trouble': 'Le code ne fonctionne pas\u00a0?',
  'login.code.tip.clock': 'Vérifiez que l’horloge de votre smartphone est à l’heure\u00a0: réglez la date et l’heure sur automatique.',
  'login.code.tip.recent': 'Utilisez le code le plus récent. S’il est sur le point de changer, attendez le suivant.',
  'login.code.tip.account': 'Si votre application contient plusieurs comptes, utilisez le code de ce portail.',
  'login.code.tip.lost':
    'Smartphone perdu ou remplacé\u00a0? Votre administrateur peut réinitialiser votre vérification en deux étapes.',
  'login.code.tip.emailRecent': 'Utilisez le code du dernier e-mail reçu\u00a0: un nouveau code remplace le précédent.',
  'login.code.tip.spam': 'Rien reçu\u00a0? Vérifiez vos courriers indésirables ou demandez un nouveau code.',
  'login.support': 'Toujours bloqué\u00a0? Contactez le support',
  'login.totp.useEmail': 'M’envoyer plutôt un code par e-mail',
  'login.email.useTotp': 'Utiliser plutôt mon application d’authentification',
  'login.restart': 'Retour à la connexion',

  'login.email.title': 'Consultez vos e-mails',
  'login.email.sending': 'Envoi du code en cours…',
  'login.email.sent': 'Nous avons envoyé un code à 6 chiffres à {address}. Il est valable jusqu’à {time}.',
  'login.email.sentShort': 'Nous avons envoyé un code à 6 chiffres à {address}.',
  'login.email.expired': 'Ce code a expiré. Demandez un nouveau code.',
  'login.email.resend': 'Envoyer un nouveau code',
  'login.email.resendWait': 'Vous pourrez demander un nouveau code dans {time}.',
  'login.email.resent': 'Un nouveau code a été envoyé à {address}. Le code précédent ne fonctionne plus.',

  'login.enrol.title': 'Configurer la vérification en deux étapes',
  'login.enrol.intro':
    'Pour protéger votre compte, vous confirmez chaque connexion avec un code fourni par une application sur votre smartphone.',
  'login.enrol.step.app':
    'Installez une application d’authentification sur votre smartphone, par exemple Microsoft Authenticator, Google Authenticator ou Authy.',
  'login.enrol.step.scan': 'Dans l’application, ajoutez un compte et scannez ce code QR.',
  'login.enrol.step.code': 'Saisissez le code à 6 chiffres que l’application affiche.',
  'login.enrol.qr.label': 'Code QR pour ajouter votre compte à une application d’authentification',
  'login.enrol.qr.loading': 'Chargement du code QR…',
  'login.enrol.qr.failed': 'Le code QR ne peut pas être affiché. Saisissez plutôt la clé ci-dessous dans votre application.',
  'login.enrol.manual.title': 'Impossible de scanner le code\u00a0?',
  'login.enrol.manual.intro':
    'Saisissez cette clé dans l’application. Choisissez «\u00a0basé sur l’heure\u00a0» si l’application demande le type de clé.',
  'login.enrol.key': 'Clé',
  'login.enrol.copy': 'Copier la clé',
  'login.enrol.copied': 'Clé copiée.',
  'login.enrol.copyFailed': 'La copie n’a pas fonctionné. Sélectionnez la clé et copiez-la vous-même.',
  'login.enrol.activate': 'Activer',
  'login.enrol.useEmail': 'Pas de smartphone\u00a0? Recevez plutôt les codes par e-mail',
  'login.enrol.useTotp': 'Utiliser plutôt une application d’authentification',
  'login.enrol.email.intro':
    'Saisissez le code pour confirmer que nos e-mails vous parviennent. Désormais, nous vous enverrons un code par e-mail à chaque connexion.',
  'login.enrol.postpone.until':
    'Vous pouvez reporter cette étape jusqu’au {date}. Après cette date, vous ne pourrez vous connecter qu’avec la vérification en deux étapes.',
  'login.enrol.postpone': 'Configurer plus tard',
  'login.enrol.starting': 'Préparation de la configuration…',

  'login.locked.title': 'Trop de tentatives',
  'login.locked.wait': 'Pour votre sécurité, la connexion est bloquée un instant. Vous pourrez réessayer dans {time}.',
  'login.locked.over': 'Vous pouvez réessayer maintenant.',

  'login.reset.request.title': 'Mot de passe oublié\u00a0?',
  'login.reset.request.intro':
    'Saisissez votre adresse e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe. Première connexion\u00a0? C’est aussi ainsi que vous choisissez votre mot de passe.',
  'login.reset.request.submit': 'Envoyer le lien',
  'login.reset.sent.title': 'Consultez votre boîte mail',
  'login.reset.sent.body':
    'Si {address} correspond à un compte, vous recevrez un e-mail avec un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.',
  'login.reset.sent.spam': 'Rien reçu après quelques minutes\u00a0? Vérifiez vos courriers indésirables ou réessayez.',
  'login.reset.sent.again': 'Envoyer un autre lien',
  'login.reset.form.title': 'Choisissez un nouveau mot de passe',
  'login.reset.form.intro': 'Choisissez un mot de passe que vous n’utilisez nulle part ailleurs.',
  'login.reset.newPassword': 'Nouveau mot de passe',
  'login.reset.rules.help': 'Au moins 12 caractères, avec au moins 3 types parmi\u00a0: minuscules, majuscules, chiffres, symboles.',
  'login.reset.rules.title': 'Votre mot de passe',
  'login.password.rule.length': 'compte au moins 12 caractères',
  'login.password.rule.variety': 'combine au moins 3 types parmi\u00a0: minuscules, majuscules, chiffres, symboles',
  'login.password.rule.note': 'Il ne peut pas contenir votre adresse e-mail ni être votre mot de passe actuel.',
  'login.password.rule.met': 'c’est bon',
  'login.password.rule.unmet': 'pas encore',
  'login.password.error.rules': 'Ce mot de passe ne respecte pas encore les règles ci-dessous.',
  'login.password.error.too_short': 'Utilisez au moins 12 caractères.',
  'login.password.error.too_long': 'Utilisez au maximum 128 caractères.',
  'login.password.error.contains_email': 'N’utilisez pas votre adresse e-mail dans votre mot de passe.',
  'login.password.error.too_simple': 'Combinez au moins 3 types parmi\u00a0: minuscules, majuscules, chiffres et symboles.',
  'login.password.error.same_as_current': 'Choisissez un mot de passe différent de l’actuel.',
  'login.reset.form.submit': 'Enregistrer le mot de passe',
  'login.reset.invalid.title': 'Ce lien ne fonctionne plus',
  'login.reset.invalid.body': 'Le lien a déjà été utilisé ou date de plus d’une heure. Demandez un nouveau lien.',
  'login.reset.requestNew': 'Demander un nouveau lien',
  'login.reset.done.title': 'Mot de passe modifié',
  'login.reset.done.body': 'Votre nouveau mot de passe est enregistré. Connectez-vous avec celui-ci pour continuer.',
  'login.reset.done.login': 'Aller à la connexion',

  'login.success': 'Vous êtes connecté.',

  'session.warning.title': 'Êtes-vous toujours là\u00a0?',
  'session.warning.body': 'Vous êtes inactif depuis un moment. Pour votre sécurité, vous serez déconnecté dans {time}.',
  'session.stay': 'Rester connecté',
  'session.logout': 'Se déconnecter',
  'session.expired': 'Vous avez été déconnecté après un moment d’inactivité.',
};

export const de: Record<LoginMessageKey, string> = {
  'login.credentials.title': 'Anmelden',
  'login.email': 'E-Mail-Adresse',
  'login.password': 'Passwort',
  'login.credentials.forgot': 'Passwort vergessen oder zum ersten Mal hier?',
  'login.notice.session-expired': 'Sie wurden abgemeldet, weil Sie eine Weile nicht aktiv waren. Melden Sie sich erneut an, um fortzufahren.',
  'login.notice.logged-out': 'Sie wurden abgemeldet.',
  'login.challengeExpired': 'Die Anmeldung hat zu lange gedauert. Melden Sie sich erneut an.',

  'login.totp.title': 'Bestätigung in zwei Schritten',
  'login.totp.intro': 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
  'login.code.label': 'Bestätigungscode',
  'login.code.help.totp': '6 Ziffern. Ihre App zeigt alle 30 Sekunden einen neuen Code.',
  'login.code.help.email': '6 Ziffern, aus der E-Mail, die wir Ihnen geschickt haben.',
  'login.code.incomplete': 'Geben Sie alle 6 Ziffern des Codes ein.',
  'login.code.submit': 'Bestätigen',
  'login.code.trouble': 'Code funktioniert nicht?',
  'login.code.tip.clock': 'Prüfen Sie, ob die Uhr Ihres Smartphones richtig geht: Stellen Sie Datum und Uhrzeit auf automatisch.',
  'login.code.tip.recent': 'Verwenden Sie den neuesten Code. Wenn er gleich wechselt, warten Sie auf den nächsten.',
  'login.code.tip.account': 'Wenn Ihre App mehrere Konten enthält, verwenden Sie den Code für dieses Portal.',
  'login.code.tip.lost': 'Smartphone verloren oder ersetzt? Ihr Administrator kann Ihre Bestätigung in zwei Schritten zurücksetzen.',
  'login.code.tip.emailRecent': 'Verwenden Sie den Code aus der neuesten E-Mail: Ein neuer Code ersetzt den vorigen.',
  'login.code.tip.spam': 'Nichts erhalten? Sehen Sie im Spam-Ordner nach oder lassen Sie sich einen neuen Code senden.',
  'login.support': 'Klappt es immer noch nicht? Wenden Sie sich an den Support',
  'login.totp.useEmail': 'Stattdessen einen Code per E-Mail senden',
  'login.email.useTotp': 'Stattdessen meine Authenticator-App verwenden',
  'login.restart': 'Zurück zur Anmeldung',

  'login.email.title': 'Prüfen Sie Ihre E-Mails',
  'login.email.sending': 'Wir senden Ihnen einen Code…',
  'login.email.sent': 'Wir haben einen 6-stelligen Code an {address} gesendet. Er ist bis {time} Uhr gültig.',
  'login.email.sentShort': 'Wir haben einen 6-stelligen Code an {address} gesendet.',
  'login.email.expired': 'Dieser Code ist abgelaufen. Lassen Sie sich einen neuen Code senden.',
  'login.email.resend': 'Neuen Code senden',
  'login.email.resendWait': 'Sie können in {time} einen neuen Code anfordern.',
  'login.email.resent': 'Ein neuer Code wurde an {address} gesendet. Der vorige Code funktioniert nicht mehr.',

  'login.enrol.title': 'Bestätigung in zwei Schritten einrichten',
  'login.enrol.intro': 'Zum Schutz Ihres Kontos bestätigen Sie jede Anmeldung mit einem Code aus einer App auf Ihrem Smartphone.',
  'login.enrol.step.app':
    'Installieren Sie eine Authenticator-App auf Ihrem Smartphone, zum Beispiel Microsoft Authenticator, Google Authenticator oder Authy.',
  'login.enrol.step.scan': 'Fügen Sie in der App ein Konto hinzu und scannen Sie diesen QR-Code.',
  'login.enrol.step.code': 'Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt.',
  'login.enrol.qr.label': 'QR-Code, um Ihr Konto einer Authenticator-App hinzuzufügen',
  'login.enrol.qr.loading': 'QR-Code wird geladen…',
  'login.enrol.qr.failed': 'Der QR-Code kann nicht angezeigt werden. Geben Sie stattdessen den Schlüssel unten in Ihrer App ein.',
  'login.enrol.manual.title': 'Scannen klappt nicht?',
  'login.enrol.manual.intro':
    'Geben Sie diesen Schlüssel in der App ein. Wählen Sie „zeitbasiert“, wenn die App nach der Art des Schlüssels fragt.',
  'login.enrol.key': 'Schlüssel',
  'login.enrol.copy': 'Schlüssel kopieren',
  'login.enrol.copied': 'Schlüssel kopiert.',
  'login.enrol.copyFailed': 'Das Kopieren hat nicht geklappt. Markieren Sie den Schlüssel und kopieren Sie ihn selbst.',
  'login.enrol.activate': 'Aktivieren',
  'login.enrol.useEmail': 'Kein Smartphone? Codes stattdessen per E-Mail erhalten',
  'login.enrol.useTotp': 'Stattdessen eine Authenticator-App verwenden',
  'login.enrol.email.intro':
    'Geben Sie den Code ein, um zu bestätigen, dass unsere E-Mails Sie erreichen. Ab jetzt senden wir Ihnen bei jeder Anmeldung einen Code per E-Mail.',
  'login.enrol.postpone.until':
    'Sie können dies bis zum {date} aufschieben. Nach diesem Datum ist die Anmeldung nur noch mit Bestätigung in zwei Schritten möglich.',
  'login.enrol.postpone': 'Später einrichten',
  'login.enrol.starting': 'Die Einrichtung wird vorbereitet…',

  'login.locked.title': 'Zu viele Versuche',
  'login.locked.wait': 'Zu Ihrer Sicherheit ist die Anmeldung kurz gesperrt. Sie können es in {time} erneut versuchen.',
  'login.locked.over': 'Sie können es jetzt erneut versuchen.',

  'login.reset.request.title': 'Passwort vergessen?',
  'login.reset.request.intro':
    'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen. Zum ersten Mal hier? So wählen Sie auch Ihr Passwort.',
  'login.reset.request.submit': 'Link senden',
  'login.reset.sent.title': 'Prüfen Sie Ihr Postfach',
  'login.reset.sent.body':
    'Wenn {address} zu einem Konto gehört, erhalten Sie eine E-Mail mit einem Link, um ein neues Passwort zu wählen. Der Link ist eine Stunde gültig.',
  'login.reset.sent.spam': 'Nach einigen Minuten nichts erhalten? Sehen Sie im Spam-Ordner nach oder versuchen Sie es erneut.',
  'login.reset.sent.again': 'Noch einen Link senden',
  'login.reset.form.title': 'Wählen Sie ein neues Passwort',
  'login.reset.form.intro': 'Wählen Sie ein Passwort, das Sie nirgendwo sonst verwenden.',
  'login.reset.newPassword': 'Neues Passwort',
  'login.reset.rules.help': 'Mindestens 12 Zeichen, mit mindestens 3 von: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.',
  'login.reset.rules.title': 'Ihr Passwort',
  'login.password.rule.length': 'hat mindestens 12 Zeichen',
  'login.password.rule.variety': 'kombiniert mindestens 3 von: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen',
  'login.password.rule.note': 'Es darf Ihre E-Mail-Adresse nicht enthalten und nicht Ihr aktuelles Passwort sein.',
  'login.password.rule.met': 'erfüllt',
  'login.password.rule.unmet': 'noch nicht erfüllt',
  'login.password.error.rules': 'Dieses Passwort erfüllt die Regeln unten noch nicht.',
  'login.password.error.too_short': 'Verwenden Sie mindestens 12 Zeichen.',
  'login.password.error.too_long': 'Verwenden Sie höchstens 128 Zeichen.',
  'login.password.error.contains_email': 'Verwenden Sie Ihre E-Mail-Adresse nicht in Ihrem Passwort.',
  'login.password.error.too_simple': 'Kombinieren Sie mindestens 3 von: Kleinbuchstaben, Großbuchstaben, Ziffern und Sonderzeichen.',
  'login.password.error.same_as_current': 'Wählen Sie ein anderes Passwort als Ihr aktuelles.',
  'login.reset.form.submit': 'Passwort speichern',
  'login.reset.invalid.title': 'Dieser Link funktioniert nicht mehr',
  'login.reset.invalid.body': 'Der Link wurde bereits verwendet oder ist älter als eine Stunde. Fordern Sie einen neuen Link an.',
  'login.reset.requestNew': 'Neuen Link anfordern',
  'login.reset.done.title': 'Passwort geändert',
  'login.reset.done.body': 'Ihr neues Passwort ist gespeichert. Melden Sie sich damit an, um fortzufahren.',
  'login.reset.done.login': 'Zur Anmeldung',

  'login.success': 'Sie sind angemeldet.',

  'session.warning.title': 'Sind Sie noch da?',
  'session.warning.body': 'Sie waren eine Weile nicht aktiv. Zu Ihrer Sicherheit werden Sie in {time} abgemeldet.',
  'session.stay': 'Angemeldet bleiben',
  'session.logout': 'Abmelden',
  'session.expired': 'Sie wurden abgemeldet, weil Sie eine Weile nicht aktiv waren.',
};

export const loginMessages: MessageBundle = { en, nl, fr, de };

let registered = false;

/** Called from every login element's constructor; registers the bundle once per copy of the package. */
export function ensureLoginMessages(): void {
  if (registered) return;
  registered = true;
  registerDefaultMessages(loginMessages);
}
