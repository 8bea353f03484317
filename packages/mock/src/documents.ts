/**
 * Documents are derived from their policy or claim on demand (never stored), so a seed of
 * 100 000 policies costs nothing until someone opens one. Ids read `<ownerId>~<kind>~<n>`.
 */
import type { Claim, DocumentKind, Policy, PortaalDocument } from '@portaal/core';
import { tinyPdf } from './pdf.js';
import type { Language } from './vocabulary.js';

export interface StoredDocument {
  document: PortaalDocument;
  body: Uint8Array;
}

const TITLES: Readonly<Record<DocumentKind, Readonly<Record<Language, string>>>> = {
  'special-conditions': { nl: 'Bijzondere voorwaarden', fr: 'Conditions particulières', de: 'Besondere Bedingungen' },
  'general-conditions': { nl: 'Algemene voorwaarden', fr: 'Conditions générales', de: 'Allgemeine Bedingungen' },
  'green-card': { nl: 'Groene kaart', fr: 'Carte verte', de: 'Grüne Karte' },
  endorsement: { nl: 'Bijvoegsel', fr: 'Avenant', de: 'Nachtrag' },
  'insured-risks-list': { nl: 'Lijst verzekerde risico’s', fr: 'Liste des risques assurés', de: 'Liste der versicherten Risiken' },
  'provisional-cover-certificate': { nl: 'Attest voorlopige dekking', fr: 'Attestation de couverture provisoire', de: 'Vorläufige Deckungsbestätigung' },
  'insurance-certificate': { nl: 'Verzekeringsattest', fr: 'Attestation d’assurance', de: 'Versicherungsbestätigung' },
  'claims-history-certificate': { nl: 'Attest schadeverleden', fr: 'Attestation de sinistralité', de: 'Schadenfreiheitsbescheinigung' },
  'claim-form': { nl: 'Aangifteformulier', fr: 'Formulaire de déclaration', de: 'Schadenmeldung' },
  'expert-report': { nl: 'Expertiseverslag', fr: 'Rapport d’expertise', de: 'Gutachten' },
  photo: { nl: 'Foto’s van de schade', fr: 'Photos des dégâts', de: 'Schadenfotos' },
  invoice: { nl: 'Factuur herstelling', fr: 'Facture de réparation', de: 'Reparaturrechnung' },
  correspondence: { nl: 'Briefwisseling', fr: 'Correspondance', de: 'Schriftverkehr' },
  settlement: { nl: 'Kwijting en afrekening', fr: 'Quittance et décompte', de: 'Abrechnung' },
};

/** FNV-1a: a stable small hash, so derived data does not depend on call order. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const HOUR = 3_600_000;

function build(
  ownerId: string,
  kinds: readonly DocumentKind[],
  language: Language,
  createdFrom: number,
  heading: readonly string[],
): StoredDocument[] {
  const seen = new Map<DocumentKind, number>();
  return kinds.map((kind, index) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    const title = `${TITLES[kind][language]}${n > 1 || kind === 'endorsement' ? ` ${n}` : ''}`;
    const body = tinyPdf([title, ...heading]);
    return {
      body,
      document: {
        id: `${ownerId}~${kind}~${n}`,
        kind,
        title,
        mimeType: 'application/pdf',
        size: body.byteLength,
        createdAt: new Date(createdFrom + (index + 1) * 26 * HOUR).toISOString(),
      },
    };
  });
}

export function policyDocuments(policy: Policy, language: Language): StoredDocument[] {
  const motor = policy.lineOfBusiness === 'car' || policy.lineOfBusiness === 'omnium';
  const endorsements = hashText(policy.id) % 3;
  const kinds: DocumentKind[] = [
    'special-conditions',
    'general-conditions',
    ...(motor ? (['green-card'] as const) : []),
    ...Array<DocumentKind>(endorsements).fill('endorsement'),
    'insured-risks-list',
    'provisional-cover-certificate',
    'insurance-certificate',
    'claims-history-certificate',
  ];
  const heading = [`${policy.number} - ${policy.product}`, policy.insuredRisk];
  return build(policy.id, kinds, language, Date.parse(`${policy.startDate}T08:00:00Z`) - 30 * 24 * HOUR, heading);
}

export function claimDocuments(claim: Claim, language: Language): StoredDocument[] {
  const hash = hashText(claim.id);
  const physical = claim.lineOfBusiness !== 'hospitalisation' && claim.lineOfBusiness !== 'work-accident';
  const kinds: DocumentKind[] = ['claim-form'];
  if (physical) kinds.push(...Array<DocumentKind>(1 + (hash % 3)).fill('photo'));
  if (claim.status !== 'declared' && hash % 2 === 0) kinds.push('expert-report');
  if (claim.paid.amount > 0 || claim.status === 'in-progress') kinds.push('invoice');
  if (claim.status !== 'declared') kinds.push('correspondence');
  if (claim.status === 'settled' || (claim.status === 'closed' && claim.paid.amount > 0)) kinds.push('settlement');
  const heading = [`${claim.number} - ${claim.policyNumber}`, claim.description];
  return build(claim.id, kinds, language, Date.parse(claim.declaredAt), heading);
}

/** The policy or claim id a document id belongs to, or null when the id is not one of ours. */
export function documentOwnerId(documentId: string): string | null {
  const [owner, kind, n] = documentId.split('~');
  return owner && kind && n ? owner : null;
}
