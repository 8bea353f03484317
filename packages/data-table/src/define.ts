/** Registers this package's tags (and the core building blocks they use). */
import './data-table/define.js';
