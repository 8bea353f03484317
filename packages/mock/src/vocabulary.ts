/** Word lists the seed draws from: Belgian places, names, products and typical claim texts. */
import type { LineOfBusiness } from '@portaal/core';

export type Language = 'nl' | 'fr' | 'de';

export interface Place {
  postalCode: string;
  city: string;
  language: Language;
  streets: readonly string[];
}

export const PLACES: readonly Place[] = [
  { postalCode: '1000', city: 'Bruxelles', language: 'fr', streets: ['Rue de la Loi', 'Boulevard Anspach', 'Rue Neuve'] },
  { postalCode: '1050', city: 'Ixelles', language: 'fr', streets: ['Avenue Louise', 'Chaussée de Boondael', 'Rue du Bailli'] },
  { postalCode: '1030', city: 'Schaerbeek', language: 'fr', streets: ['Avenue Rogier', 'Rue Royale Sainte-Marie'] },
  { postalCode: '1070', city: 'Anderlecht', language: 'nl', streets: ['Bergensesteenweg', 'Dapperheidsplein'] },
  { postalCode: '2000', city: 'Antwerpen', language: 'nl', streets: ['Meir', 'Italiëlei', 'Kammenstraat'] },
  { postalCode: '2030', city: 'Antwerpen', language: 'nl', streets: ['Noorderlaan', 'Haven'] },
  { postalCode: '9000', city: 'Gent', language: 'nl', streets: ['Korenmarkt', 'Kortrijksesteenweg', 'Dok-Noord'] },
  { postalCode: '3000', city: 'Leuven', language: 'nl', streets: ['Bondgenotenlaan', 'Naamsestraat', 'Tiensevest'] },
  { postalCode: '8000', city: 'Brugge', language: 'nl', streets: ['Steenstraat', 'Kathelijnestraat'] },
  { postalCode: '3500', city: 'Hasselt', language: 'nl', streets: ['Kempische Steenweg', 'Grote Markt'] },
  { postalCode: '2800', city: 'Mechelen', language: 'nl', streets: ['Bruul', 'Battelsesteenweg'] },
  { postalCode: '8500', city: 'Kortrijk', language: 'nl', streets: ['Doorniksewijk', 'Lange Steenstraat'] },
  { postalCode: '5000', city: 'Namur', language: 'fr', streets: ['Rue de Fer', 'Chaussée de Louvain', 'Rue de l’Ange'] },
  { postalCode: '4000', city: 'Liège', language: 'fr', streets: ['Boulevard d’Avroy', 'Rue Saint-Gilles', 'Quai de Rome'] },
  { postalCode: '6000', city: 'Charleroi', language: 'fr', streets: ['Rue de la Montagne', 'Boulevard Tirou'] },
  { postalCode: '7000', city: 'Mons', language: 'fr', streets: ['Grand-Place', 'Rue de Nimy'] },
  { postalCode: '1300', city: 'Wavre', language: 'fr', streets: ['Chaussée de Bruxelles', 'Rue du Commerce'] },
  { postalCode: '4700', city: 'Eupen', language: 'de', streets: ['Aachener Straße', 'Klosterstraße'] },
];

export const FIRST_NAMES = [
  'An', 'Bart', 'Charlotte', 'Dirk', 'Els', 'Filip', 'Greet', 'Hanne', 'Ilse', 'Jef', 'Karen', 'Lucas', 'Mathilde',
  'Nathalie', 'Olivier', 'Pieter', 'Quentin', 'Rik', 'Sarah', 'Thomas', 'Ursula', 'Vincent', 'Wout', 'Xavier',
  'Yasmine', 'Zoë', 'Amélie', 'Benoît', 'Céline', 'Didier', 'Émilie', 'François', 'Hélène', 'Jérôme', 'Loïc',
  'Mohamed', 'Fatima', 'Ahmed', 'Inès', 'Kevin', 'Laura', 'Noah', 'Emma', 'Louis', 'Julie', 'Hans', 'Lena',
] as const;

export const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Lefèvre', 'Renard', 'Mathieu',
  'Van den Broeck', 'Vermeulen', 'De Backer', 'Van Damme', 'Michiels', 'El Amrani', 'Benali', 'Öztürk',
  'Schmitz', 'Kessler', 'Lejeune', 'Dumont', 'Hermans', 'Verstraete', 'D’Hondt',
] as const;

export const TRADES: Readonly<Record<Language, readonly string[]>> = {
  nl: ['Bakkerij', 'Garage', 'Apotheek', 'Schrijnwerkerij', 'Bouwbedrijf', 'Drukkerij', 'Tuinaanleg', 'Elektro', 'Brasserie', 'Kapsalon', 'Boekhoudkantoor', 'Loodgieterij'],
  fr: ['Boulangerie', 'Garage', 'Pharmacie', 'Menuiserie', 'Construction', 'Imprimerie', 'Jardins', 'Électricité', 'Brasserie', 'Salon', 'Fiduciaire', 'Plomberie'],
  de: ['Bäckerei', 'Autohaus', 'Apotheke', 'Schreinerei', 'Bauunternehmen', 'Druckerei', 'Gartenbau', 'Elektro'],
};

export const LEGAL_FORMS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['BV', 'NV', 'CommV', 'vzw'],
  fr: ['SRL', 'SA', 'SComm', 'ASBL'],
  de: ['GmbH', 'AG', 'VoG'],
};

export const CONTACT_ROLES: Readonly<Record<Language, readonly string[]>> = {
  nl: ['Zaakvoerder', 'Fleetmanager', 'HR-verantwoordelijke', 'Office manager', 'Boekhouder'],
  fr: ['Gérant', 'Gestionnaire de flotte', 'Responsable RH', 'Office manager', 'Comptable'],
  de: ['Geschäftsführer', 'Fuhrparkleiter', 'Personalverantwortliche', 'Büroleiterin'],
};

/** Products per line of business, in the language of the client. */
export const PRODUCTS: Readonly<Record<LineOfBusiness, Readonly<Record<Language, readonly string[]>>>> = {
  car: {
    nl: ['Auto Comfort', 'Auto Basis BA', 'Fleet Auto Pro'],
    fr: ['Auto Confort', 'RC Auto Base', 'Fleet Auto Pro'],
    de: ['Auto Komfort', 'Kfz-Haftpflicht Basis'],
  },
  omnium: {
    nl: ['Omnium Volledig', 'Mini-omnium', 'Omnium Flex'],
    fr: ['Omnium Complète', 'Mini-omnium', 'Omnium Flex'],
    de: ['Vollkasko', 'Teilkasko'],
  },
  liability: {
    nl: ['BA Familiale / Gezinspolis', 'BA Uitbating', 'Beroepsaansprakelijkheid'],
    fr: ['RC Familiale', 'RC Exploitation', 'RC Professionnelle'],
    de: ['Familienhaftpflicht', 'Betriebshaftpflicht'],
  },
  accident: {
    nl: ['Individuele Ongevallen', 'Persoonlijke Ongevallen Plus'],
    fr: ['Accidents Corporels', 'Individuelle Accidents'],
    de: ['Private Unfallversicherung'],
  },
  'work-accident': {
    nl: ['Arbeidsongevallen', 'Arbeidsongevallen Aanvullend'],
    fr: ['Accidents du Travail', 'Accidents du Travail Complémentaire'],
    de: ['Arbeitsunfälle'],
  },
  fire: {
    nl: ['Brand Eenvoudig Risico', 'Brand Woning Top', 'Brand Bijzonder Risico'],
    fr: ['Incendie Risques Simples', 'Incendie Habitation Top', 'Incendie Risques Spéciaux'],
    de: ['Feuer Einfaches Risiko', 'Feuer Sonderrisiko'],
  },
  hospitalisation: {
    nl: ['Hospitalisatie Collectief', 'Hospi Plan Plus'],
    fr: ['Hospitalisation Collective', 'Hospi Plan Plus'],
    de: ['Krankenhaus Kollektiv'],
  },
};

export const POLICY_NUMBER_PREFIX: Readonly<Record<LineOfBusiness, string>> = {
  car: 'AU',
  omnium: 'OM',
  liability: 'BA',
  accident: 'OA',
  'work-accident': 'AO',
  fire: 'BR',
  hospitalisation: 'HO',
};

export const VEHICLES = [
  'Volkswagen Golf', 'Škoda Octavia Combi', 'Toyota Yaris', 'Peugeot 208', 'BMW 320d Touring', 'Renault Kangoo',
  'Ford Transit Custom', 'Mercedes-Benz Sprinter', 'Tesla Model 3', 'Volvo XC40 Recharge', 'Citroën Berlingo',
  'DAF XF 480', 'Scania R450', 'Opel Vivaro-e', 'Kia e-Niro',
] as const;

export const ACTIVITIES: Readonly<Record<Language, readonly string[]>> = {
  nl: ['goederenvervoer', 'bakkerij', 'kantoorwerk', 'zorgverlening', 'schrijnwerk', 'horeca'],
  fr: ['transport de marchandises', 'boulangerie', 'travail de bureau', 'soins', 'menuiserie', 'horeca'],
  de: ['Güterverkehr', 'Bäckerei', 'Büroarbeit', 'Pflege', 'Schreinerei'],
};

/** Premium ranges per year in euros. */
export const PREMIUM_RANGE: Readonly<Record<LineOfBusiness, readonly [number, number]>> = {
  car: [450, 1800],
  omnium: [700, 2600],
  liability: [90, 1200],
  accident: [150, 900],
  'work-accident': [800, 25000],
  fire: [180, 6000],
  hospitalisation: [1200, 40000],
};

export const CLAIM_COST_RANGE: Readonly<Record<LineOfBusiness, readonly [number, number]>> = {
  car: [300, 8000],
  omnium: [500, 15000],
  liability: [200, 20000],
  accident: [500, 30000],
  'work-accident': [300, 50000],
  fire: [500, 150000],
  hospitalisation: [400, 25000],
};

export const CLAIM_DESCRIPTIONS: Readonly<Record<LineOfBusiness, Readonly<Record<Language, readonly string[]>>>> = {
  car: {
    nl: ['Aanrijding op parking, achterbumper beschadigd', 'Kop-staartaanrijding op de E40 bij Aalter', 'Zijspiegel afgereden door onbekende'],
    fr: ['Accrochage sur un parking, pare-chocs arrière endommagé', 'Collision en chaîne sur la E411 à Wavre', 'Rétroviseur arraché par un tiers inconnu'],
    de: ['Auffahrunfall auf der E40 bei Eupen', 'Parkschaden an der Fahrertür'],
  },
  omnium: {
    nl: ['Glasbreuk: voorruit gebarsten door steenslag', 'Diefstal van het voertuig uit bedrijfsparking', 'Hagelschade aan dak en motorkap'],
    fr: ['Bris de vitre : pare-brise fissuré', 'Vol du véhicule sur le parking de l’entreprise', 'Dégâts de grêle sur le toit et le capot'],
    de: ['Glasbruch an der Windschutzscheibe', 'Diebstahl des Fahrzeugs vom Firmenparkplatz'],
  },
  liability: {
    nl: ['Klant uitgegleden op natte vloer in de winkel', 'Schade aan buurpand tijdens werken', 'Kind van werknemer beschadigde geleende laptop'],
    fr: ['Client glissé sur un sol mouillé dans le magasin', 'Dégâts au bâtiment voisin pendant des travaux', 'Dommage causé à un tiers lors d’une livraison'],
    de: ['Kunde auf nassem Boden ausgerutscht', 'Schaden am Nachbargebäude während Bauarbeiten'],
  },
  accident: {
    nl: ['Val van de trap thuis, enkel gebroken', 'Fietsongeval op weg naar een klant'],
    fr: ['Chute dans l’escalier, cheville cassée', 'Accident de vélo en se rendant chez un client'],
    de: ['Treppensturz, Knöchel gebrochen'],
  },
  'work-accident': {
    nl: ['Val van ladder tijdens werken, pols gebroken', 'Snijwonde aan hand bij het uitladen', 'Rugletsel bij het tillen van een pallet', 'Ongeval op de weg naar het werk'],
    fr: ['Chute d’une échelle, poignet cassé', 'Coupure à la main lors du déchargement', 'Lésion au dos en soulevant une palette', 'Accident sur le chemin du travail'],
    de: ['Sturz von der Leiter, Handgelenk gebrochen', 'Schnittwunde beim Entladen'],
  },
  fire: {
    nl: ['Waterschade door lekkende leiding in de keuken', 'Stormschade aan het dak van het magazijn', 'Kortsluiting in de serverruimte', 'Inbraak met schade aan de voordeur'],
    fr: ['Dégât des eaux dû à une conduite qui fuit', 'Dégâts de tempête à la toiture de l’entrepôt', 'Court-circuit dans la salle des serveurs', 'Cambriolage avec porte d’entrée forcée'],
    de: ['Wasserschaden durch undichte Leitung', 'Sturmschaden am Lagerdach'],
  },
  hospitalisation: {
    nl: ['Opname na knieoperatie', 'Daghospitalisatie voor onderzoek', 'Bevalling in het ziekenhuis'],
    fr: ['Hospitalisation après une opération du genou', 'Hospitalisation de jour pour examens', 'Accouchement à la maternité'],
    de: ['Krankenhausaufenthalt nach Knieoperation', 'Tagesklinik für Untersuchungen'],
  },
};

export const HANDLERS = [
  { name: 'Sarah Verstraete', email: 'sarah.verstraete@schade.portaal-verzekeringen.example', phone: '+32 2 555 01 10' },
  { name: 'Olivier Lejeune', email: 'olivier.lejeune@sinistres.portaal-verzekeringen.example', phone: '+32 2 555 01 20' },
  { name: 'Hanne Michiels', email: 'hanne.michiels@schade.portaal-verzekeringen.example', phone: '+32 2 555 01 30' },
  { name: 'Zoë Lefèvre', email: 'zoe.lefevre@sinistres.portaal-verzekeringen.example', phone: '+32 2 555 01 40' },
  { name: 'Mohamed Benali', email: 'mohamed.benali@schade.portaal-verzekeringen.example', phone: '+32 2 555 01 50' },
  { name: 'Lena Schmitz', email: 'lena.schmitz@schaden.portaal-verzekeringen.example', phone: '+32 87 55 01 60' },
] as const;

export const HANDLER_QUESTIONS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['Kunt u foto’s van de schade bezorgen?', 'Mogen wij de factuur van de herstelling ontvangen?', 'Graag het attest van de behandelende arts.'],
  fr: ['Pourriez-vous nous envoyer des photos des dégâts ?', 'Pouvons-nous recevoir la facture de réparation ?', 'Merci de nous transmettre le certificat médical.'],
  de: ['Können Sie uns Fotos des Schadens schicken?', 'Bitte senden Sie uns die Reparaturrechnung.'],
};

export const CLIENT_REPLIES: Readonly<Record<Language, readonly string[]>> = {
  nl: ['In bijlage de gevraagde documenten.', 'De expert mag langskomen op dinsdag.', 'Bedankt voor de snelle opvolging.'],
  fr: ['Vous trouverez en annexe les documents demandés.', 'L’expert peut passer mardi.', 'Merci pour le suivi rapide.'],
  de: ['Anbei die angeforderten Unterlagen.', 'Vielen Dank für die schnelle Bearbeitung.'],
};

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
