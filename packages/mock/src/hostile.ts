/**
 * Strings that break naive rendering, CSV export or layout. The seed spreads them through names,
 * insured risks, claim descriptions and messages so element tests can assert they stay inert text.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '+32 2 123 45 67',
  '-5+3',
  '@SUM(A1)',
  '\t=1+2',
  'Lefèvre, Zoë',
  '"Quoted", with; separators',
  'شركة التأمين الوطنية للنقل',
  'חברת הביטוח הישראלית בע״מ',
  'Vennootschap voor Aansprakelijkheidsverzekering en Arbeidsongevallen van de Gezamenlijke Zelfstandige Ondernemers uit de Provincies Antwerpen, Limburg, Oost-Vlaanderen, West-Vlaanderen en Vlaams-Brabant en het Brussels Hoofdstedelijk Gewest',
  'Arbeidsongevallenverzekeringsmaatschappij'.repeat(6),
];
