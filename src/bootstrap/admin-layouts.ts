import type { Core } from '@strapi/strapi';
import { ADMIN_LAYOUTS, type LayoutSpec } from './admin-copy';

/**
 * Applies ADMIN_LAYOUTS to the content manager's stored configuration. It runs once per
 * LAYOUT_VERSION: an editor's later changes in the admin panel are kept until the layouts here
 * change (bump the version then).
 */
const LAYOUT_VERSION = 13;
const STORE = { type: 'core', name: 'newsroom', key: 'admin-layout-version' } as const;

interface Metadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}
interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, Metadata>;
  layouts?: { list?: string[]; edit?: Array<Array<{ name: string; size: number }>> };
}

const arrange = (spec: LayoutSpec, current: Configuration): Configuration => {
  const metadatas: Record<string, Metadata> = { ...(current.metadatas ?? {}) };
  for (const [field, copy] of Object.entries(spec.fields)) {
    const meta = metadatas[field] ?? {};
    metadatas[field] = {
      ...meta,
      edit: {
        ...(meta.edit ?? {}),
        label: copy.label,
        description: copy.description ?? '',
        placeholder: copy.placeholder ?? '',
        ...(copy.editable === undefined ? {} : { editable: copy.editable }),
      },
      list: { ...(meta.list ?? {}), label: copy.label },
    };
  }
  for (const [field, mainField] of Object.entries(spec.relationLabels ?? {})) {
    const meta = metadatas[field] ?? {};
    metadatas[field] = { ...meta, edit: { ...(meta.edit ?? {}), mainField }, list: { ...(meta.list ?? {}), mainField } };
  }
  return {
    settings: {
      ...(current.settings ?? {}),
      ...(spec.mainField ? { mainField: spec.mainField } : {}),
      ...(spec.defaultSortBy ? { defaultSortBy: spec.defaultSortBy, defaultSortOrder: spec.defaultSortOrder ?? 'ASC' } : {}),
    },
    metadatas,
    layouts: {
      ...(current.layouts ?? {}),
      ...(spec.list ? { list: spec.list } : {}),
      edit: spec.edit.map((row) => row.map(([name, size]) => ({ name, size }))),
    },
  };
};

export const arrangeAdminLayouts = async (strapi: Core.Strapi): Promise<void> => {
  const applied = (await strapi.store.get(STORE)) as number | null;
  if (applied === LAYOUT_VERSION) return;

  const contentManager = strapi.plugin('content-manager');
  for (const spec of ADMIN_LAYOUTS) {
    if (spec.kind === 'contentType') {
      const service = contentManager.service('content-types');
      const schema = strapi.contentType(spec.uid as Parameters<typeof strapi.contentType>[0]);
      const current = (await service.findConfiguration(schema)) as Configuration;
      await service.updateConfiguration(schema, arrange(spec, current));
    } else {
      const service = contentManager.service('components');
      const schema = strapi.components[spec.uid as keyof typeof strapi.components];
      const current = (await service.findConfiguration(schema)) as Configuration;
      await service.updateConfiguration(schema, arrange(spec, current));
    }
  }
  await strapi.store.set({ ...STORE, value: LAYOUT_VERSION });
};
