import { css } from 'lit';

export const policyDocumentsStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--portaal-color-text);
    font-family: var(--portaal-font-family);
    line-height: var(--portaal-line-height);
  }
  .search {
    display: block;
    max-width: 24rem;
  }
  .count {
    margin: var(--portaal-space-3) 0 var(--portaal-space-2);
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--portaal-color-border);
  }
  .document {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--portaal-space-2) var(--portaal-space-3);
    padding: var(--portaal-space-3) 0;
    border-bottom: 1px solid var(--portaal-color-border);
  }
  .file {
    width: 1.75rem;
    height: 1.75rem;
    color: var(--portaal-color-primary);
  }
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .title {
    font-weight: var(--portaal-font-weight-medium);
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--portaal-color-text-muted);
    font-size: var(--portaal-font-size-sm);
  }
  .failure {
    margin-top: var(--portaal-space-1);
    color: var(--portaal-color-danger);
    font-size: var(--portaal-font-size-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--portaal-space-2);
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--portaal-space-3);
    padding: var(--portaal-space-5) var(--portaal-space-3);
    text-align: center;
  }
  .state p {
    margin: 0;
  }
  .state strong {
    display: block;
  }
  .state.error {
    color: var(--portaal-color-text);
  }
  .state.error strong {
    color: var(--portaal-color-danger);
  }
  .spinner {
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--portaal-color-neutral-subtle);
    border-top-color: var(--portaal-color-primary);
    border-radius: 50%;
  }
  @media (max-width: 480px) {
    .document {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .actions {
      grid-column: 1 / -1;
      justify-content: flex-start;
    }
  }
`;
