import fs from 'fs';
import path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Validates responses against the project's copy of the assembled-article contract. */
const schema = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'contracts', 'assembled-article.schema.json'), 'utf8')
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

export const contractErrors = (body: unknown): string[] =>
  validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
