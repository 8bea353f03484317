import { expect } from '@open-wc/testing';
import { CLAIM_STATUSES, DECLARATION_STATUSES, LINES_OF_BUSINESS, MENU_ITEMS, POLICY_STATUSES } from '../contract/schemas.js';
import { POLICY_DOCUMENT_KINDS, CLAIM_DOCUMENT_KINDS, ACCESS_LEVELS } from '../contract/schemas.js';
import { ERROR_CODES, PortaalError } from '../contract/errors.js';
import {
  LANGUAGES,
  coreMessages,
  languageLoaded,
  languageOf,
  loadLanguage,
  missingKeys,
  registerMessageLoader,
  registerDefaultMessages,
  registerMessages,
  translate,
  type MessageBundle,
} from './catalogue.js';
import { errorMessage } from './error-message.js';

describe('languageOf', () => {
  it('maps a locale to one of our four languages, English otherwise', () => {
    expect(languageOf('nl-BE')).to.equal('nl');
    expect(languageOf('fr_BE')).to.equal('fr');
    expect(languageOf('DE-be')).to.equal('de');
    expect(languageOf('en-GB')).to.equal('en');
    expect(languageOf('es-ES')).to.equal('en');
    expect(languageOf('')).to.equal('en');
    expect(languageOf(undefined)).to.equal('en');
  });
});

describe('core catalogue', () => {
  it('is complete in nl, fr and de', () => {
    expect(missingKeys(coreMessages)).to.deep.equal([]);
    expect(LANGUAGES).to.deep.equal(['nl', 'fr', 'de', 'en']);
  });

  it('has a message for every error code, status, line of business, document kind, menu item and access level', () => {
    const keys = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...POLICY_STATUSES.map((s) => `status.policy.${s}`),
      ...CLAIM_STATUSES.map((s) => `status.claim.${s}`),
      ...DECLARATION_STATUSES.map((s) => `status.declaration.${s}`),
      ...LINES_OF_BUSINESS.map((l) => `lob.${l}`),
      ...POLICY_DOCUMENT_KINDS.map((k) => `document.${k}`),
      ...CLAIM_DOCUMENT_KINDS.map((k) => `document.${k}`),
      ...MENU_ITEMS.map((m) => `menu.${m}`),
      ...ACCESS_LEVELS.map((a) => `access.${a}`),
    ];
    for (const language of LANGUAGES) {
      for (const key of keys) expect(coreMessages[language][key], `${language} ${key}`).to.be.a('string').and.not.empty;
    }
  });

  it('uses Belgian insurance vocabulary', () => {
    expect(translate('nl-BE', 'menu.claims')).to.equal('Schadegevallen');
    expect(translate('nl-BE', 'label.enterpriseNumber')).to.equal('Ondernemingsnummer');
    expect(translate('fr-BE', 'menu.claims')).to.equal('Sinistres');
    expect(translate('fr-BE', 'label.enterpriseNumber')).to.equal('Numéro d’entreprise');
    expect(translate('de-BE', 'label.enterpriseNumber')).to.equal('Unternehmensnummer');
    expect(translate('en-GB', 'error.network')).to.equal('Check your connection and try again.');
  });
});

describe('missingKeys', () => {
  it('reports keys missing or empty in a language', () => {
    const bundle: MessageBundle = {
      en: { 'a.title': 'Title', 'a.body': 'Body' },
      nl: { 'a.title': 'Titel', 'a.body': 'Tekst' },
      fr: { 'a.title': 'Titre' },
      de: { 'a.title': '  ', 'a.body': 'Text' },
    };
    expect(missingKeys(bundle)).to.deep.equal([
      { language: 'fr', key: 'a.body' },
      { language: 'de', key: 'a.title' },
    ]);
  });
});

describe('translate', () => {
  before(() => {
    registerMessages({
      en: { 'test.greeting': 'Hello {name}', 'test.only-en': 'English only', 'test.files.one': '{count} file', 'test.files.other': '{count} files', 'test.total': 'Total: {amount}' },
      nl: { 'test.greeting': 'Dag {name}', 'test.files.one': '{count} bestand', 'test.files.other': '{count} bestanden', 'test.total': 'Totaal: {amount}' },
      fr: { 'test.greeting': 'Bonjour {name}', 'test.files.one': '{count} fichier', 'test.files.other': '{count} fichiers', 'test.total': 'Total : {amount}' },
      de: { 'test.greeting': 'Hallo {name}', 'test.files.one': '{count} Datei', 'test.files.other': '{count} Dateien', 'test.total': 'Summe: {amount}' },
    });
  });

  it('interpolates parameters and keeps unknown placeholders visible', () => {
    expect(translate('nl-BE', 'test.greeting', { name: 'An' })).to.equal('Dag An');
    expect(translate('nl-BE', 'test.greeting')).to.equal('Dag {name}');
  });

  it('formats numeric parameters for the locale', () => {
    expect(translate('nl-BE', 'test.total', { amount: 1234.5 })).to.equal('Totaal: 1.234,5');
    expect(translate('en-GB', 'test.total', { amount: 1234.5 })).to.equal('Total: 1,234.5');
  });

  it('chooses the plural form with Intl.PluralRules', () => {
    expect(translate('nl-BE', 'test.files', { count: 1 })).to.equal('1 bestand');
    expect(translate('nl-BE', 'test.files', { count: 2 })).to.equal('2 bestanden');
    expect(translate('nl-BE', 'test.files', { count: 0 })).to.equal('0 bestanden');
    // French: 0 and 1 are singular; a million is "many", which falls back to "other".
    expect(translate('fr-BE', 'test.files', { count: 0 })).to.equal('0 fichier');
    expect(translate('fr-BE', 'test.files', { count: 1_000_000 })).to.equal('1\u202f000\u202f000 fichiers');
    expect(translate('de-BE', 'test.files', { count: 1 })).to.equal('1 Datei');
    expect(translate('en-GB', 'count.results', { count: 3 })).to.equal('3 results');
  });

  it('falls back to English, then to the key, and never throws', () => {
    expect(translate('fr-BE', 'test.only-en')).to.equal('English only');
    expect(translate('es-ES', 'test.greeting', { name: 'Ana' })).to.equal('Hello Ana');
    expect(translate('nl-BE', 'test.nope')).to.equal('test.nope');
    expect(translate('nl-BE', 'test.nope', { count: 2 })).to.equal('test.nope');
    expect(translate('!!', 'action.close')).to.equal('Close');
  });

  it('lets a later registration reword a message', () => {
    registerMessages({ en: { 'test.greeting': 'Hi {name}' }, nl: {}, fr: {}, de: {} });
    expect(translate('en', 'test.greeting', { name: 'Jo' })).to.equal('Hi Jo');
  });

  it('registers defaults without undoing a rewording registered earlier', () => {
    registerMessages({ en: { 'test.default.title': 'Our own wording' }, nl: {}, fr: {}, de: {} });
    registerDefaultMessages({
      en: { 'test.default.title': 'Package wording', 'test.default.body': 'Package body' },
      nl: { 'test.default.title': 'Pakkettekst', 'test.default.body': 'Pakkettekst body' },
      fr: {},
      de: {},
    });
    expect(translate('en', 'test.default.title')).to.equal('Our own wording');
    expect(translate('en', 'test.default.body')).to.equal('Package body');
    expect(translate('nl-BE', 'test.default.title')).to.equal('Pakkettekst');
  });
});

describe('registerMessageLoader', () => {
  it('loads a language once, when it is first asked for, as defaults', async () => {
    const asked: string[] = [];
    registerMessages({ en: {}, nl: { 'lazy.reworded': 'Eigen woorden' }, fr: {}, de: {} });
    registerMessageLoader((language) => {
      asked.push(language);
      return Promise.resolve({ default: { 'lazy.greeting': `hello in ${language}`, 'lazy.reworded': 'default' } });
    });
    expect(asked).to.deep.equal([]);
    expect(languageLoaded('fr')).to.equal(false);
    await Promise.all([loadLanguage('fr'), loadLanguage('fr'), loadLanguage('nl')]);
    expect(asked).to.deep.equal(['fr', 'nl']);
    expect(languageLoaded('fr')).to.equal(true);
    expect(translate('fr-BE', 'lazy.greeting')).to.equal('hello in fr');
    expect(translate('nl-BE', 'lazy.reworded')).to.equal('Eigen woorden');
  });

  it('takes one module per language, and registers the same modules only once', async () => {
    const imported: string[] = [];
    const module = (language: string) => () => {
      imported.push(language);
      return Promise.resolve({ default: { 'modules.word': `word in ${language}` } });
    };
    const modules = { nl: module('nl'), fr: module('fr'), de: module('de'), en: module('en') };
    registerMessageLoader(modules);
    registerMessageLoader(modules);
    await loadLanguage('de');
    expect(translate('de-BE', 'modules.word')).to.equal('word in de');
    expect(imported.filter((language) => language === 'de')).to.deep.equal(['de']);
  });

  it('loads the languages already in use for a loader registered later', async () => {
    await loadLanguage('de');
    registerMessageLoader((language) => Promise.resolve({ 'late.word': `late ${language}` }));
    expect(languageLoaded('de')).to.equal(false);
    await loadLanguage('de');
    expect(translate('de-BE', 'late.word')).to.equal('late de');
  });

  it('falls back to English when a language cannot be loaded, and never rejects', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      registerMessageLoader((language) => (language === 'en' ? Promise.resolve({ 'broken.word': 'English' }) : Promise.reject(new Error('offline'))));
      await loadLanguage('nl');
      expect(languageLoaded('nl')).to.equal(true);
      expect(translate('nl-BE', 'broken.word')).to.equal('English');
    } finally {
      console.warn = warn;
    }
  });
});

describe('errorMessage', () => {
  it('maps every error code to a sentence in the user’s language', () => {
    expect(errorMessage('nl-BE', new PortaalError('network'))).to.equal('Controleer uw verbinding en probeer het opnieuw.');
    expect(errorMessage('fr-BE', new PortaalError('invalid_response'))).to.equal(
      'Nous avons reçu une réponse inattendue. Réessayez plus tard.',
    );
    for (const code of ERROR_CODES) expect(errorMessage('de-BE', new PortaalError(code))).not.to.match(/^error\./);
  });

  it('says how long a lockout lasts and how many attempts are left', () => {
    expect(errorMessage('nl-BE', new PortaalError('locked', 'locked', { retryAfter: 300 }))).to.equal(
      'Te veel pogingen. Probeer het over 5 minuten opnieuw.',
    );
    expect(errorMessage('en', new PortaalError('locked', 'locked', { retryAfter: 61 }))).to.equal(
      'Too many attempts. Try again in 2 minutes.',
    );
    expect(errorMessage('fr-BE', new PortaalError('locked', 'locked', { retryAfter: 1 }))).to.equal(
      'Trop de tentatives. Réessayez dans 1 seconde.',
    );
    expect(errorMessage('de-BE', new PortaalError('invalid_code', 'bad', { attemptsLeft: 1 }))).to.equal(
      'Dieser Code ist falsch. Sie haben noch 1 Versuch.',
    );
  });

  it('treats a failed fetch as a network error and anything else as a server error', () => {
    expect(errorMessage('en', new TypeError('Failed to fetch'))).to.equal('Check your connection and try again.');
    expect(errorMessage('en', 'boom')).to.equal('Something went wrong on our side. Try again later.');
  });
});
