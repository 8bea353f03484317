import type { ListQuery } from '@portaal/core';

/**
 * `{ filter: { lineOfBusiness: ['car', 'omnium'] }, sort: [{ key: 'startDate', direction: 'desc' }], page: { index: 0, size: 50 } }`
 * → `lineOfBusiness=car&lineOfBusiness=omnium&sort=-startDate&page=0&size=50`. A filter value of
 * null is sent empty; `locale` goes as it is. `q`, `sort`, `page`, `size` and `locale` are reserved names.
 */
export function listQueryParameters(query: ListQuery = {}): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query.filter ?? {})) {
    if (value === undefined) continue;
    if (value === null) parameters.append(key, '');
    else if (Array.isArray(value)) for (const option of value) parameters.append(key, String(option));
    else parameters.append(key, String(value));
  }
  if (query.search) parameters.set('q', query.search);
  if (query.sort && query.sort.length > 0) {
    parameters.set('sort', query.sort.map(({ key, direction }) => `${direction === 'desc' ? '-' : ''}${key}`).join(','));
  }
  if (query.page) {
    parameters.set('page', String(query.page.index));
    parameters.set('size', String(query.page.size));
  }
  if (query.locale) parameters.set('locale', query.locale);
  return parameters;
}

export function withQuery(path: string, query?: ListQuery): string {
  const text = listQueryParameters(query).toString();
  return text === '' ? path : `${path}?${text}`;
}
