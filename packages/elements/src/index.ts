export * from '@portaal/core';
export * from '@portaal/data-table';
export * from '@portaal/login';
export * from '@portaal/org-switcher';
export * from '@portaal/policy-table';
