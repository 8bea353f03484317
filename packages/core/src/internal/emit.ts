/**
 * Dispatches a typed event that crosses shadow roots, so a page can listen on any ancestor.
 * Returns false when a listener called preventDefault().
 */
export function emit<T>(host: HTMLElement, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
