import type { LoginMessages } from './en.js';

/** The login package's texts in French, as used in Belgium: "vous", "se connecter". */
const fr: LoginMessages = {
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

export default fr;
