/**
 * The message thread a claim starts with, derived from the claim itself (deterministic, built only
 * when someone opens the claim). New messages are appended by the back end.
 */
import type { Claim, ClaimMessage } from '@portaal/core';
import { hashText } from './documents.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { Random } from './random.js';
import { CLIENT_REPLIES, HANDLER_QUESTIONS } from './vocabulary.js';
import type { Language } from './vocabulary.js';

const ACKNOWLEDGEMENTS: Readonly<Record<Language, string>> = {
  nl: 'Wij hebben uw aangifte goed ontvangen en behandelen ze verder.',
  fr: 'Nous avons bien reçu votre déclaration et nous la traitons.',
  de: 'Wir haben Ihre Schadenmeldung erhalten und bearbeiten sie.',
};
const OUTCOMES: Readonly<Record<'settled' | 'rejected' | 'closed', Readonly<Record<Language, string>>>> = {
  settled: { nl: 'De vergoeding werd overgeschreven.', fr: 'L’indemnité a été virée.', de: 'Die Entschädigung wurde überwiesen.' },
  rejected: {
    nl: 'Helaas valt dit schadegeval niet onder de waarborgen van uw polis.',
    fr: 'Malheureusement, ce sinistre n’est pas couvert par les garanties de votre contrat.',
    de: 'Leider ist dieser Schaden durch Ihren Vertrag nicht gedeckt.',
  },
  closed: { nl: 'Het dossier werd afgesloten.', fr: 'Le dossier a été clôturé.', de: 'Die Akte wurde geschlossen.' },
};

const HOUR = 3_600_000;

export function initialMessages(claim: Claim, language: Language, seed: number, clientName: string): ClaimMessage[] {
  const random = new Random(hashText(claim.id) ^ seed);
  const messages: ClaimMessage[] = [];
  let at = Date.parse(claim.declaredAt);
  const handler = { role: 'handler' as const, name: claim.handler.name };
  const client = { role: 'client' as const, name: clientName };
  const add = (author: ClaimMessage['author'], body: string, isQuestion = false, withAttachment = false) => {
    at += random.int(2, 60) * HOUR;
    const id = `${claim.id}~m${messages.length + 1}`;
    messages.push({
      id,
      claimId: claim.id,
      author,
      body,
      sentAt: new Date(at).toISOString(),
      attachments: withAttachment ? [{ id: `${id}~a1`, name: 'foto-schade.jpg', mimeType: 'image/jpeg', size: random.int(80_000, 2_400_000) }] : [],
      isQuestion,
    });
  };

  if (claim.status === 'declared') return messages;
  add(handler, ACKNOWLEDGEMENTS[language]);
  if (random.chance(0.12)) add(client, random.pick(HOSTILE_STRINGS)); // hostile text in threads too
  if (claim.status === 'awaiting-information' || random.chance(0.3)) {
    add(handler, random.pick(HANDLER_QUESTIONS[language]), true);
    if (claim.status !== 'awaiting-information') add(client, random.pick(CLIENT_REPLIES[language]), false, random.chance(0.5));
  }
  if (claim.status === 'settled' || claim.status === 'rejected' || claim.status === 'closed') {
    add(handler, OUTCOMES[claim.status][language]);
  }
  return messages;
}
