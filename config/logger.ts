import type { Core } from '@strapi/strapi';

/** LOG_LEVEL=error quiets the request log (the test suite does this); the default logs requests. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});

export default config;
