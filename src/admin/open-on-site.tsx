import * as React from 'react';
import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { readerPath } from '../reader-page/address';
import { backendURL, failure } from './admin-api';
import { SlugFollowsHeadline } from './slug-follows-headline';

/**
 * "Open on site": the story's reader page, one click from its edit view, in a new tab. The address
 * is the published version's (its slug is the one readers have), made by the reader pages' own
 * helper; the default locale has no prefix. A story never published is not on the site yet.
 */

const ARTICLE = 'api::article.article';

interface Locale {
  code: string;
  isDefault: boolean;
}
type Where = { state: 'reading' } | { state: 'unpublished' } | { state: 'published'; href: string } | { state: 'failed'; message: string };

const OnSite = ({ documentId, locale, version }: { documentId: string; locale: string; version: string }) => {
  const { get } = useFetchClient();
  const [where, setWhere] = React.useState<Where>({ state: 'reading' });

  React.useEffect(() => {
    let current = true;
    const read = async () => {
      const [{ data: published }, { data: locales }] = await Promise.all([
        get<{ data: { slug?: string; publishedAt?: string | null } | null }>(`/content-manager/collection-types/${ARTICLE}/${documentId}`, {
          params: { locale, status: 'published' },
          // A story without a published version answers 404: that is an answer, not a failure.
          validateStatus: (status) => status < 300 || status === 404,
        }),
        get<Locale[]>('/i18n/locales'),
      ]);
      const slug = published?.data?.publishedAt ? published.data.slug : undefined;
      if (!slug) return { state: 'unpublished' } as const;
      const isDefault = locales.find((candidate) => candidate.code === locale)?.isDefault ?? false;
      return { state: 'published', href: `${backendURL()}${readerPath(slug, isDefault ? undefined : locale)}` } as const;
    };
    read()
      .then((next) => current && setWhere(next))
      .catch((error: unknown) => current && setWhere({ state: 'failed', message: failure('Could not find where the story is on the site', error) }));
    return () => {
      current = false;
    };
  }, [get, documentId, locale, version]);

  if (where.state === 'published') {
    return (
      <LinkButton href={where.href} target="_blank" rel="noopener" variant="tertiary" fullWidth>
        Open on site
      </LinkButton>
    );
  }
  const text = where.state === 'reading' ? 'Looking for the story on the site…' : where.state === 'failed' ? where.message : 'Not on the site yet: readers see the story once it is published. Open preview (above) shows how it will look.';
  return (
    <Flex width="100%">
      <Typography variant="pi" textColor={where.state === 'failed' ? 'danger600' : 'neutral600'} role={where.state === 'failed' ? 'alert' : undefined}>
        {text}
      </Typography>
    </Flex>
  );
};

export const OpenOnSitePanel: PanelComponent = ({ model, documentId, document }) => {
  if (model !== ARTICLE) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : undefined;
  if (!documentId) {
    return {
      title: 'On the site',
      content: (
        <Flex direction="column" alignItems="flex-start" gap={2} width="100%">
          <Typography variant="pi" textColor="neutral600">Not on the site yet: save and publish the story first.</Typography>
          <SlugFollowsHeadline locale={locale} />
        </Flex>
      ),
    };
  }
  if (!locale) {
    return { title: 'On the site', content: <Typography variant="pi" textColor="neutral600">Not on the site yet: save and publish the story first.</Typography> };
  }
  // Read again after every save or publish: the document's updatedAt and publishedAt move then.
  const version = `${String(document?.updatedAt ?? '')}|${String(document?.publishedAt ?? '')}|${String(document?.status ?? '')}`;
  return { title: 'On the site', content: <OnSite documentId={documentId} locale={locale} version={version} /> };
};
