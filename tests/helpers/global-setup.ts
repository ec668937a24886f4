import path from 'path';

/** Compiles the app once per run; every test file then boots the compiled app from dist/. */
export default async function globalSetup(): Promise<void> {
  const { compileStrapi } = await import('@strapi/strapi');
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
}
