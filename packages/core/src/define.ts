/** Registers every core tag: the provider and the building blocks. */
import './provider/define.js';
import './components/define.js';
