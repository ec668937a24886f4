import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { HeroPhotoPanel } from './hero-photo';
import { OpenOnSitePanel } from './open-on-site';
import { NoteChangesPanel } from './note-changes';
import { VersionsPanel } from './versions';
import { followTextDirection } from './text-direction';
import { Message } from '@strapi/icons';
import { DESK_PERMISSION } from './desk/permission';

export default {
  config: {
    locales: [],
  },
  register(app: StrapiApp) {
    // Only those holding the desk's action see the link (the Comment moderator role, super admins);
    // the page loads when first opened.
    app.addMenuLink({
      to: 'moderation-desk',
      icon: Message,
      intlLabel: { id: 'newsroom.moderation-desk', defaultMessage: 'Moderation desk' },
      permissions: [DESK_PERMISSION],
      Component: () => import('./desk'),
    });
  },
  bootstrap(app: StrapiApp) {
    // Strapi types plugin APIs as unknown; these are the content manager's (content-manager.d.ts).
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([OpenOnSitePanel, HeroPhotoPanel, VersionsPanel, NoteChangesPanel]);
    followTextDirection();
  },
};
