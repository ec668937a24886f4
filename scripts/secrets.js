'use strict';
/**
 * The app's secrets, generated from the one list (src/settings/secrets.json) that the start-up
 * check reads too. Plain JavaScript: scripts/ensure-env.js runs it before anything is compiled.
 */
const crypto = require('crypto');
const list = require('../src/settings/secrets.json');

const random = () => crypto.randomBytes(24).toString('base64url');

/**
 * A fresh value for every secret. `forDevelopment` marks the values (production refuses them), so
 * a .env generated on a laptop or a build machine can never carry a production instance.
 */
const generateSecrets = ({ forDevelopment = false } = {}) => {
  const prefix = forDevelopment ? list.developmentPrefix : '';
  const secrets = {};
  for (const [name, { values }] of Object.entries(list.secrets)) {
    secrets[name] = Array.from({ length: values }, () => `${prefix}${random()}`).join(',');
  }
  return secrets;
};

module.exports = { SECRET_NAMES: Object.keys(list.secrets), PLACEHOLDER: list.placeholder, GENERATED_IN: list.generatedIn, generateSecrets };
