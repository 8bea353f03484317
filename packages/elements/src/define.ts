/** Registers every Portaal tag. Import this once, e.g. `import '@portaal/elements/define';`. */
import '@portaal/core/define';
import '@portaal/data-table/define';
import '@portaal/login/define';
import '@portaal/org-switcher/define';
import '@portaal/policy-table/define';
