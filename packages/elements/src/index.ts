export * from '@portaal/core';
export * from '@portaal/login';
export * from '@portaal/org-switcher';
