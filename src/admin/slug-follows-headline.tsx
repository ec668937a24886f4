import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { headlineSlug, isNeutral, isPlaceholder } from '../api/article/slug/headline';

/**
 * A new story's address follows its headline as the editor types it. Strapi's slug box fills in
 * its placeholder (`article`) once and waits for the regenerate button; here, on the create page,
 * each pause in typing the headline asks the server's slug rule for the headline's address
 * (`POST /content-manager/uid/generate`, src/api/article/slug/admin-generator.ts: Latin words only,
 * free among other stories) and puts it in the slug box, until the editor types a slug of their
 * own. A saved draft's slug follows its headline on the server at each save (slug/index.ts), and a
 * published story's is frozen there, so this runs only where nothing is saved yet.
 */
const ARTICLE = 'api::article.article';
const PAUSE_MS = 300;

interface Values {
  title?: string;
  slug?: string;
}

export const SlugFollowsHeadline = ({ locale }: { locale?: string }) => {
  const { post } = useFetchClient();
  const onChange = useForm('SlugFollowsHeadline', (state) => state.onChange);
  const title = useForm('SlugFollowsHeadline', (state) => (state.values as Values).title ?? '');
  const slug = useForm('SlugFollowsHeadline', (state) => (state.values as Values).slug);
  // The last slug put in the box from a headline: a different value is the editor's own. The box
  // starts with Strapi's placeholder, or the server's neutral address for an empty headline.
  const given = React.useRef<string | undefined>(undefined);
  const following = isPlaceholder(slug) || isNeutral(slug) || slug === given.current;

  React.useEffect(() => {
    if (!following || !title.trim()) return undefined;
    // A headline without Latin words keeps the neutral address it has rather than draw another.
    if (headlineSlug(title) === null && isNeutral(slug)) return undefined;
    let current = true;
    const timer = window.setTimeout(async () => {
      try {
        const { data } = await post<{ data: string }>(
          '/content-manager/uid/generate',
          { contentTypeUID: ARTICLE, field: 'slug', data: { id: '', title } },
          { params: locale ? { locale } : {} },
        );
        if (!current || typeof data?.data !== 'string') return;
        given.current = data.data;
        onChange('slug', data.data);
      } catch {
        // The slug box keeps what it has; the server still makes the slug from the headline on save.
      }
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `following` is read at the time the headline changes, not followed itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title, locale, post, onChange]);

  if (!slug || isPlaceholder(slug) || isNeutral(slug)) return null;
  return (
    <Typography variant="pi" textColor="neutral600">
      Address: {slug}
      {following ? ' (follows the headline until the story is published)' : ''}
    </Typography>
  );
};
