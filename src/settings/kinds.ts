import { z } from '@strapi/utils';

/**
 * What a setting's text may be, and what it becomes. Zod (v4, the one Strapi ships and
 * @strapi/utils re-exports) does the checking; `expected` is the sentence an operator reads in
 * the start-up error and in the README.
 */
export interface Kind<T> {
  expected: string;
  schema: z.ZodType<T, string>;
}

const integerText = z.string().regex(/^[+-]?\d+$/).transform(Number);

export const integer = ({ min, max, unit }: { min: number; max?: number; unit?: string }): Kind<number> => ({
  expected:
    `a whole number${unit ? ` of ${unit}` : ''}` + (max === undefined ? `, at least ${min}` : `, from ${min} to ${max}`),
  schema: integerText.pipe(
    z
      .number()
      .int()
      .min(min)
      .max(max ?? Number.MAX_SAFE_INTEGER)
  ),
});

export const boolean: Kind<boolean> = {
  expected: '`true` or `false` (or `1` / `0`)',
  schema: z.stringbool({ truthy: ['true', '1'], falsy: ['false', '0'], case: 'insensitive' }),
};

export const text: Kind<string> = { expected: 'text', schema: z.string() };

export const oneOf = <const V extends readonly [string, ...string[]]>(values: V): Kind<V[number]> => ({
  expected: `one of ${values.map((value) => `\`${value}\``).join(', ')}`,
  schema: z.enum(values) as unknown as z.ZodType<V[number], string>,
});

/** An absolute URL whose scheme is one of `schemes` (e.g. http and https). */
export const url = (schemes: string[]): Kind<string> => ({
  expected: `an absolute ${schemes.join(' or ')} URL, e.g. ${schemes[0]}://example.org`,
  schema: z.url({ protocol: new RegExp(`^(${schemes.join('|')})$`) }),
});

// The HTML form's rule: `newsroom@localhost` is a valid sender on a host with its own mail server.
const address = () => z.email({ pattern: z.regexes.html5Email });

export const email: Kind<string> = { expected: 'an e-mail address', schema: address() };

export const emails: Kind<string[]> = {
  expected: 'e-mail addresses separated by commas',
  schema: z
    .string()
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(address()).min(1)),
};

/** A secret: any text but the `.env.example` placeholder (checked where secrets are read). */
export const secret: Kind<string> = { expected: 'a random secret', schema: z.string() };
