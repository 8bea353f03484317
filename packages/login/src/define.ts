/** Registers this package's tags: `import '@portaal/login/define';`. */
import './login/define.js';
import './session-timeout/define.js';
