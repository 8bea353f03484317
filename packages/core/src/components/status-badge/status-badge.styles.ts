import { css } from 'lit';

export const statusBadgeHostStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
    max-width: 100%;
  }
`;

/**
 * The badge itself, scoped under `.badge` so a container that renders many badges without an
 * element each (the data table) can include these styles next to its own.
 */
export const statusBadgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--portaal-space-1);
    max-width: 100%;
    padding: 0.125rem var(--portaal-space-2) 0.125rem 0.375rem;
    border: 1px solid transparent;
    border-radius: var(--portaal-radius-pill);
    font-size: var(--portaal-font-size-sm);
    font-weight: var(--portaal-font-weight-medium);
    line-height: 1.25rem;
    white-space: nowrap;
  }
  .badge .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .badge svg {
    flex: 0 0 auto;
    width: 0.875rem;
    height: 0.875rem;
  }

  .badge.neutral {
    background: var(--portaal-color-neutral-subtle);
    color: var(--portaal-color-text);
  }
  .badge.info {
    background: var(--portaal-color-info-subtle);
    color: var(--portaal-color-info);
  }
  .badge.success {
    background: var(--portaal-color-success-subtle);
    color: var(--portaal-color-success);
  }
  .badge.warning {
    background: var(--portaal-color-warning-subtle);
    color: var(--portaal-color-warning);
  }
  .badge.danger {
    background: var(--portaal-color-danger-subtle);
    color: var(--portaal-color-danger);
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
