export * from '@portaal/core';
