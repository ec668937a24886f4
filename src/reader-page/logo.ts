import fs from 'fs';
import path from 'path';

/**
 * The publisher logo that ships with the app, for structured data when PUBLISHER_LOGO_URL is not
 * set: a 512 x 512 PNG (Google asks at least 112 x 112) made from logo.svg beside it, served by
 * the reader page at /reader/logo.png.
 */
export const DEFAULT_LOGO = { url: '/reader/logo.png', width: 512, height: 512 } as const;

export const readDefaultLogo = (appRoot: string): Buffer => fs.readFileSync(path.join(appRoot, 'src', 'reader-page', 'logo.png'));
