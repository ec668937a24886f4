import type { Core } from '@strapi/strapi';

/** The newsroom's own settings, read with strapi.config.get('newsroom'). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  publisher: {
    name: env('PUBLISHER_NAME', 'Newsroom'),
    url: env('PUBLISHER_URL', ''),
    logoUrl: env('PUBLISHER_LOGO_URL', ''),
  },
  comments: {
    // Top-level comments per page in the assembled article and the comments list.
    pageSize: env.int('COMMENTS_PAGE_SIZE', 20),
    // How deep replies may nest (a reply to a reply to a comment is depth 2).
    maxDepth: env.int('COMMENTS_MAX_DEPTH', 3),
  },
  // Seed the reference article into an empty database. Always on in development.
  seedDemo: env.bool('SEED_DEMO', false),
});

export type NewsroomConfig = ReturnType<typeof config>;

export default config;
