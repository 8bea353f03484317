/**
 * Type-to-filter for organisations: a case- and accent-insensitive substring match on the name,
 * and on the enterprise number written with or without dots, spaces or a `BE` prefix.
 */
import type { Organisation } from '@portaal/core';

/** Lower case, without accents, with typographic apostrophes made plain and spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** A query that looks like (part of) an enterprise number: digits with dots or spaces, maybe `BE`. */
const NUMBER_QUERY = /^(be)?[\d.\s]*\d[\d.\s]*$/;

export interface OrganisationMatcher {
  (organisation: Organisation): boolean;
}

/** Builds the test for one query; an empty query matches everything. */
export function organisationMatcher(query: string): OrganisationMatcher {
  const folded = foldText(query);
  if (!folded) return () => true;
  const digits = NUMBER_QUERY.test(folded) ? folded.replace(/\D/g, '') : '';
  return (organisation) =>
    foldedName(organisation).includes(folded) || (digits !== '' && organisation.enterpriseNumber.replace(/\D/g, '').includes(digits));
}

const names = new WeakMap<Organisation, string>();
/** Folding 150 names on every keystroke is cheap, but there is no need to do it twice. */
function foldedName(organisation: Organisation): string {
  let name = names.get(organisation);
  if (name === undefined) names.set(organisation, (name = foldText(organisation.name)));
  return name;
}

export function filterOrganisations(organisations: readonly Organisation[], query: string): Organisation[] {
  const matches = organisationMatcher(query);
  return organisations.filter(matches);
}
