/**
 * The texts of <portaal-org-switcher> and <portaal-org-details> in English: the source of truth,
 * the other languages are typed against its keys.
 */
const en = {
  // <portaal-org-switcher>
  'orgSwitcher.label': 'Organisation',
  'orgSwitcher.placeholder': 'Search by name or enterprise number',
  'orgSwitcher.hint': 'Type part of a name or enterprise number, then choose with the arrow keys and Enter.',
  'orgSwitcher.toggle': 'Show all organisations',
  'orgSwitcher.listLabel': 'Your organisations',
  'orgSwitcher.intro': 'You work for several organisations. Choose the one you want to work for now.',
  'orgSwitcher.count.one': '{count} organisation',
  'orgSwitcher.count.other': '{count} organisations',
  'orgSwitcher.matches.one': '{count} organisation found',
  'orgSwitcher.matches.other': '{count} organisations found',
  'orgSwitcher.noMatches': 'No organisation matches “{query}”.',
  'orgSwitcher.noMatchesHelp': 'Check the spelling, or search by enterprise number.',
  'orgSwitcher.current': 'Current',
  'orgSwitcher.defaultTag': 'Default profile',
  'orgSwitcher.switching': 'Switching to {name}…',
  'orgSwitcher.switched': 'You are now working for {name}.',
  'orgSwitcher.switchFailed': 'Could not switch to {name}. {reason}',
  'orgSwitcher.stillCurrent': 'You are still working for {name}.',
  'orgSwitcher.loading': 'Loading your organisations…',
  'orgSwitcher.loadFailed': 'Your organisations could not be loaded.',
  'orgSwitcher.none': 'No organisation is linked to your account yet. Ask your administrator for access.',
  'orgSwitcher.staleDefault':
    'Your default profile is no longer one of your organisations, so nothing was loaded automatically. Choose an organisation below.',
  'orgSwitcher.autoLoading': 'Loading {name}…',
  'orgSwitcher.default.title': 'Default profile',
  'orgSwitcher.default.is': '{name} is your default profile: it loads automatically when you log in.',
  'orgSwitcher.default.none': 'You have no default profile: you choose an organisation each time you log in.',
  'orgSwitcher.default.stale': 'Your default profile is no longer available to you.',
  'orgSwitcher.default.make': 'Make {name} my default profile',
  'orgSwitcher.default.clear': 'Clear default profile',
  'orgSwitcher.default.remember': 'Load the organisation I choose automatically when I log in',
  'orgSwitcher.default.saved': '{name} is now your default profile. It loads automatically when you log in.',
  'orgSwitcher.default.cleared': 'Default profile cleared. You will choose an organisation each time you log in.',
  'orgSwitcher.default.failed': 'Your default profile was not changed. {reason}',
  'orgSwitcher.default.toggle': 'Load {name} automatically when I log in',
  'orgSwitcher.default.short': 'Default',

  // <portaal-org-details>
  'orgDetails.loading': 'Loading the details of your organisation…',
  'orgDetails.loadFailed': 'The details of your organisation could not be loaded.',
  'orgDetails.noOrganisation': 'No organisation is chosen. Choose one to see its details.',
  'orgDetails.identity': 'Organisation',
  'orgDetails.name': 'Name',
  'orgDetails.yourAccess': 'Your access',
  'orgDetails.addresses': 'Addresses',
  'orgDetails.address.registered': 'Registered office',
  'orgDetails.address.postal': 'Postal address',
  'orgDetails.address.billing': 'Billing address',
  'orgDetails.address.site': 'Operating site',
  'orgDetails.address.box': 'box {box}',
  'orgDetails.contacts': 'Contact persons',
  'orgDetails.noContacts': 'No contact persons are registered.',
  'orgDetails.email': 'E-mail',
  'orgDetails.phone': 'Phone',
  'orgDetails.intermediary': 'Your intermediary',
  'orgDetails.noIntermediary': 'You have no intermediary: you deal directly with the insurer.',
  'orgDetails.fsmaNumber': 'FSMA number',
  'orgDetails.outdated': 'Are these details out of date? Let your intermediary or insurer know.',
} as const satisfies Record<string, string>;

export type OrgSwitcherMessageKey = keyof typeof en;
export type OrgSwitcherMessages = Record<OrgSwitcherMessageKey, string>;
export default en;
