import { readSettings } from '../src/settings';

/** LOG_LEVEL=error quiets the request log (the test suite does this); the default logs requests. */
const config = () => ({
  level: readSettings().LOG_LEVEL,
});

export default config;
