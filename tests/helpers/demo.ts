import type { TestApp } from './app';

/** The start-up seeding as development runs it (SEED_DEMO unset), then restored to the tests' SEED_DEMO=true. */
export const seedAsDevelopment = async (app: TestApp): Promise<void> => {
  const { seedDemoIfWanted } = await import('../../src/demo/seed');
  const [seedDemo, environment] = [app.strapi.config.get('newsroom.seedDemo'), app.strapi.config.get('environment')];
  app.strapi.config.set('newsroom.seedDemo', undefined);
  app.strapi.config.set('environment', 'development');
  try {
    await seedDemoIfWanted(app.strapi);
  } finally {
    app.strapi.config.set('newsroom.seedDemo', seedDemo);
    app.strapi.config.set('environment', environment);
  }
};
