/**
 * Row selection that never materialises ids it does not need: either "these rows" or "every row
 * matching the current filters except these". "Select all 30 000 matching" is one flag, and covers
 * rows never rendered and rows on pages the server has not sent.
 */
export interface SelectionState {
  /** True: every matching row except `ids`; false: only `ids`. */
  all: boolean;
  ids: ReadonlySet<string>;
}

export class RowSelection<T = unknown> {
  #all = false;
  readonly #ids = new Set<string>();
  /** Rows picked one by one, kept so a server-paged table can export them without fetching again. */
  readonly #rows = new Map<string, T>();

  get all(): boolean {
    return this.#all;
  }

  /** Picked ids (`all` false) or excluded ids (`all` true). */
  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  /** The rows picked one by one, in the order they were picked. */
  get pickedRows(): T[] {
    return [...this.#rows.values()];
  }

  get state(): SelectionState {
    return { all: this.#all, ids: new Set(this.#ids) };
  }

  isEmpty(total: number): boolean {
    return this.count(total) === 0;
  }

  /** How many rows are selected when `total` rows match. */
  count(total: number): number {
    return this.#all ? Math.max(0, total - this.#ids.size) : this.#ids.size;
  }

  isSelected(id: string): boolean {
    return this.#all !== this.#ids.has(id);
  }

  /** Whether every one of `total` matching rows is selected. */
  isComplete(total: number): boolean {
    return total > 0 && this.count(total) === total;
  }

  set(id: string, row: T, selected: boolean): void {
    // In "all" mode the set holds exclusions, so selecting removes from it.
    const inSet = this.#all ? !selected : selected;
    if (inSet) this.#ids.add(id);
    else this.#ids.delete(id);
    if (!this.#all) {
      if (selected) this.#rows.set(id, row);
      else this.#rows.delete(id);
    }
  }

  toggle(id: string, row: T): boolean {
    const selected = !this.isSelected(id);
    this.set(id, row, selected);
    return selected;
  }

  selectAll(): void {
    this.#all = true;
    this.#ids.clear();
    this.#rows.clear();
  }

  clear(): void {
    this.#all = false;
    this.#ids.clear();
    this.#rows.clear();
  }
}
