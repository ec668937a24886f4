import { fieldError } from './field-error';

/**
 * A public page's query, read strictly: each known parameter at most once, as text. Unknown
 * parameters (cache-busters, tracking tags) are ignored; `locale[]=`, `cursor[0]=` (the shape of a
 * list, where one text is expected) or a repeated parameter is a 400 on that field.
 */
export const readQueryOnce = <Name extends string>(query: URLSearchParams, known: readonly Name[]): Partial<Record<Name, string>> => {
  const given: Partial<Record<Name, string>> = {};
  for (const [key, value] of query) {
    const name = key.replace(/\[.*$/, '');
    if (!(known as readonly string[]).includes(name)) continue;
    if (name !== key || given[name as Name] !== undefined) {
      throw fieldError(name, `The ${name} parameter must be given once, as text.`);
    }
    given[name as Name] = value;
  }
  return given;
};
