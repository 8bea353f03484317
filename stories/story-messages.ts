/**
 * Texts the stories themselves need (sample labels and content), in the four languages, so a
 * designer switching the locale toolbar sees a story entirely in that language.
 */
import { registerMessages, translate, type MessageParams } from '@portaal/core';

registerMessages({
  en: {
    'story.name': 'Name',
    'story.name.help': 'As on your identity card',
    'story.email': 'E-mail address',
    'story.password': 'Password',
    'story.customerNumber': 'Customer number',
    'story.enterpriseNumber.help': '10 digits, for example 0123.456.749',
    'story.deleteDraft.title': 'Delete draft?',
    'story.deleteDraft.body': 'The draft declaration for the car claim of 21/11/2026 will be deleted. You cannot undo this.',
    'story.question.title': 'Ask the claim handler',
    'story.question.field': 'Your question',
    'story.question.help': 'The claim handler usually answers within two working days.',
    'story.openDialog': 'Open dialog',
  },
  nl: {
    'story.name': 'Naam',
    'story.name.help': 'Zoals op uw identiteitskaart',
    'story.email': 'E-mailadres',
    'story.password': 'Wachtwoord',
    'story.customerNumber': 'Klantnummer',
    'story.enterpriseNumber.help': '10 cijfers, bijvoorbeeld 0123.456.749',
    'story.deleteDraft.title': 'Ontwerp verwijderen?',
    'story.deleteDraft.body': 'De ontwerpaangifte voor het autoschadegeval van 21/11/2026 wordt verwijderd. U kunt dit niet ongedaan maken.',
    'story.question.title': 'Vraag stellen aan de dossierbeheerder',
    'story.question.field': 'Uw vraag',
    'story.question.help': 'De dossierbeheerder antwoordt meestal binnen twee werkdagen.',
    'story.openDialog': 'Venster openen',
  },
  fr: {
    'story.name': 'Nom',
    'story.name.help': 'Comme sur votre carte d’identité',
    'story.email': 'Adresse e-mail',
    'story.password': 'Mot de passe',
    'story.customerNumber': 'Numéro de client',
    'story.enterpriseNumber.help': '10 chiffres, par exemple 0123.456.749',
    'story.deleteDraft.title': 'Supprimer le brouillon\u00a0?',
    'story.deleteDraft.body':
      'Le brouillon de déclaration du sinistre auto du 21/11/2026 sera supprimé. Cette action est irréversible.',
    'story.question.title': 'Poser une question au gestionnaire',
    'story.question.field': 'Votre question',
    'story.question.help': 'Le gestionnaire répond généralement dans les deux jours ouvrables.',
    'story.openDialog': 'Ouvrir la fenêtre',
  },
  de: {
    'story.name': 'Name',
    'story.name.help': 'Wie auf Ihrem Personalausweis',
    'story.email': 'E-Mail-Adresse',
    'story.password': 'Passwort',
    'story.customerNumber': 'Kundennummer',
    'story.enterpriseNumber.help': '10 Ziffern, zum Beispiel 0123.456.749',
    'story.deleteDraft.title': 'Entwurf löschen?',
    'story.deleteDraft.body':
      'Der Entwurf der Schadenmeldung zum Autoschaden vom 21.11.2026 wird gelöscht. Dies kann nicht rückgängig gemacht werden.',
    'story.question.title': 'Frage an den Sachbearbeiter',
    'story.question.field': 'Ihre Frage',
    'story.question.help': 'Der Sachbearbeiter antwortet in der Regel innerhalb von zwei Werktagen.',
    'story.openDialog': 'Fenster öffnen',
  },
});

/** Translates for the story's current locale toolbar value. */
export function storyT(globals: Record<string, unknown>, key: string, params?: MessageParams): string {
  return translate(String(globals.locale ?? 'nl-BE'), key, params);
}
