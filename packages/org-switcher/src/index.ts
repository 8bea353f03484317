export {
  PortaalOrgSwitcher,
  ORG_LIST_LIMIT,
  type OrgChangeDetail,
  type OrgSwitcherChooser,
  type OrgSwitcherVariant,
} from './org-switcher/org-switcher.js';
export { PortaalOrgDetails } from './org-details/org-details.js';
export { filterOrganisations, foldText, organisationMatcher, type OrganisationMatcher } from './filter.js';
export { orgSwitcherMessages, registerOrgSwitcherMessages, type OrgSwitcherMessageKey } from './messages.js';
