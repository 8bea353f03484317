/**
 * Registers every core building block. `@portaal/core/define` imports this; import it directly
 * only to get the building blocks without the provider.
 */
import './button/define.js';
import './dialog/define.js';
import './no-access/define.js';
import './status-badge/define.js';
import './text-field/define.js';
