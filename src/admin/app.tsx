import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { HeroPhotoPanel } from './hero-photo';
import { OpenOnSitePanel } from './open-on-site';
import { NoteChangesPanel } from './note-changes';
import { VersionsPanel } from './versions';
import { followTextDirection } from './text-direction';

export default {
  config: {
    locales: [],
  },
  bootstrap(app: StrapiApp) {
    // Strapi types plugin APIs as unknown; these are the content manager's (content-manager.d.ts).
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([OpenOnSitePanel, HeroPhotoPanel, VersionsPanel, NoteChangesPanel]);
    followTextDirection();
  },
};
