/**
 * Secrets come from the environment (.env in development, written with random values by
 * scripts/ensure-env.js on first run). A missing secret stops the app with a message that says
 * which one, rather than letting Strapi start with `undefined` and fail later on the first login.
 */
type Env = { (key: string): string | undefined };

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

export const requireSecret = (env: Env, name: SecretName): string => {
  const value = env(name);
  if (!value || value === 'tobemodified') {
    throw new Error(
      `${name} is not set. Run \`npm run develop\` once (it writes .env with random secrets) ` +
        `or set ${name} in the environment; production never starts without it.`
    );
  }
  return value;
};
