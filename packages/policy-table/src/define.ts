/** Registers this package's tags (and the building blocks they use). */
import './policy-table/define.js';
import './policy-documents/define.js';
