export * from '@portaal/core';
export * from '@portaal/org-switcher';
