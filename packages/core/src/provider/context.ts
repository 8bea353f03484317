/**
 * What <portaal-provider> hands down to every element below it, through @lit/context.
 * A new object is provided on every change, so consumers that subscribe re-render.
 */
import { createContext } from '@lit/context';
import type { Adapter } from '../contract/adapter.js';
import type { Membership, Organisation, Session } from '../contract/schemas.js';

export type ThemeName = 'light' | 'dark' | 'auto';

export interface PortaalContextValue {
  /** Already wrapped by validatedAdapter(). */
  adapter: Adapter | null;
  /** BCP 47 tag, e.g. `nl-BE`; messages use its language, Intl uses all of it. */
  locale: string;
  theme: ThemeName;
  session: Session | null;
  /** The current organisation, loaded by the provider when the session names one. */
  organisation: Organisation | null;
  /** The session's membership for the current organisation (access level and menu items). */
  membership: Membership | null;
}

export const portaalContext = createContext<PortaalContextValue>(Symbol.for('portaal.context'));
