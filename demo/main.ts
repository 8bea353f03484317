/** The demo portal: Portaal's tags on the embedded mock back end, nothing else to run. */
import '@portaal/elements/define';
import { registerMessages } from '@portaal/core';
import { MockBackend, createMockAdapter } from '@portaal/mock';
import { demoMessages } from './demo-messages.js';
import { DEMO_LOCALES, type DemoSettingsDetail } from './demo-portal.js';

registerMessages(demoMessages);

/** Language and theme survive a reload (they are preferences, not secrets). */
const SETTINGS_KEY = 'portaal-demo-settings';
function loadSettings(): DemoSettingsDetail {
  try {
    return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as DemoSettingsDetail;
  } catch {
    return {};
  }
}

function browserLocale(): string {
  const language = navigator.language.slice(0, 2);
  return DEMO_LOCALES.find((option) => option.locale.startsWith(language))?.locale ?? 'nl-BE';
}

// A little latency so loading states are visible, as with a real back end; the session outlives a
// reload the way a session cookie would.
const backend = new MockBackend({ latency: 200, sessionStorage });
const provider = document.querySelector('portaal-provider')!;
const portal = document.querySelector('demo-portal')!;
portal.backend = backend;

let settings = loadSettings();
function apply(): void {
  provider.locale = settings.locale ?? browserLocale();
  provider.theme = settings.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  document.documentElement.lang = provider.locale;
  document.documentElement.style.colorScheme = provider.theme;
}
apply();
provider.adapter = createMockAdapter(backend);

provider.addEventListener('demo-settings-change', (event) => {
  settings = { ...settings, ...event.detail };
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  apply();
});
