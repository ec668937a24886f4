/** Escaping for every piece of content put into the page: reader and editor text is never markup. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** JSON inside <script type="application/ld+json">: "</script>" and friends cannot end it early. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Tagged template that escapes every interpolated value unless it is already rendered HTML. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html =>
  new Html(
    strings.reduce((out, part, i) => {
      if (i === 0) return part;
      const value = values[i - 1];
      const rendered = Array.isArray(value)
        ? value.map((v) => (v instanceof Html ? v.value : escapeHtml(v))).join('')
        : value instanceof Html
          ? value.value
          : value === null || value === undefined || value === false
            ? ''
            : escapeHtml(value);
      return out + rendered + part;
    }, '')
  );

export const raw = (value: string): Html => new Html(value);

/** Whether an address given as content (an author's link) may be linked: the web's only, never javascript: or data:. */
export const isWebAddress = (url: string): boolean => /^https?:\/\//i.test(url);
