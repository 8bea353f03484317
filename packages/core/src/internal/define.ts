/**
 * Registers a custom element unless that tag is already taken. Two copies of Portaal on one page
 * (say, two micro-frontends) must not throw; a different class under the same tag is reported.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor && existing.name !== ctor.name) {
    console.warn(`Portaal: <${tag}> is already defined by another class; keeping the first one.`);
  }
}
