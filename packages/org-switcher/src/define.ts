// Registers this package's tags (and the core building blocks they use).
import './org-switcher/define.js';
import './org-details/define.js';
