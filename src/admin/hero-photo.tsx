import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { failure } from './admin-api';

/**
 * The article's hero photo in place: the editor picks a file, types its caption, credit and alt
 * text, and one button uploads the file, makes the Image (a library record of its own, which other
 * stories can use too) and puts it in the article's Hero photo box. The story is saved or published
 * as usual afterwards; until then nothing about the article is written.
 */

const ARTICLE = 'api::article.article';
const IMAGE = 'api::image.image';

interface UploadedFile {
  id: number;
}
interface ImageRecord {
  id: number;
  documentId: string;
  alt: string;
}
interface RelationRow {
  id: number;
  documentId: string;
  locale?: string | null;
  status?: string;
}
/** A relation as the content manager's relation box keeps it in the form (Relations.mjs, handleConnect / handleDisconnect). */
interface RelationItem {
  id: number;
  status?: string;
  apiData: { id: number; documentId: string; locale?: string | null; isTemporary?: boolean };
  __temp_key__?: string;
  label?: string;
  href?: string;
  alt?: string;
}
interface RelationValue {
  connect?: RelationItem[];
  disconnect?: RelationItem[];
}

type Step = { state: 'idle' } | { state: 'working'; message: string } | { state: 'done'; message: string } | { state: 'failed'; message: string };

const HeroPhotoForm = ({ documentId, locale }: { documentId?: string; locale?: string }) => {
  const { get, post, del } = useFetchClient();
  const onChange = useForm('HeroPhotoPanel', (state) => state.onChange);
  const hero = useForm('HeroPhotoPanel', (state) => (state.values as { heroImage?: RelationValue }).heroImage);
  const chooser = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [caption, setCaption] = React.useState('');
  const [credit, setCredit] = React.useState('');
  const [alt, setAlt] = React.useState('');
  const [step, setStep] = React.useState<Step>({ state: 'idle' });

  /** The saved hero photo, which the new one replaces (a story has one). */
  const savedHero = async (): Promise<RelationItem[]> => {
    if (!documentId) return [];
    const { data } = await get<{ results: RelationRow[] }>(`/content-manager/relations/${ARTICLE}/${documentId}/heroImage`, {
      params: { locale, status: 'draft' },
    });
    const leaving = new Set((hero?.disconnect ?? []).map((item) => item.id));
    return data.results
      .filter((row) => !leaving.has(row.id))
      .map((row) => ({ id: row.id, status: row.status, apiData: { id: row.id, documentId: row.documentId, locale: row.locale } }));
  };

  const upload = async () => {
    if (!file) return setStep({ state: 'failed', message: 'Choose a photo file first.' });
    if (!alt.trim()) return setStep({ state: 'failed', message: 'Alt text is required: say what the photo shows.' });
    const form = new FormData();
    form.append('files', file);
    form.append('fileInfo', JSON.stringify({ name: file.name, alternativeText: alt.trim(), caption: caption.trim() }));

    setStep({ state: 'working', message: 'Uploading the photo…' });
    let uploaded: UploadedFile;
    try {
      const { data } = await post<UploadedFile[]>('/upload', form);
      uploaded = data[0];
    } catch (error) {
      return setStep({ state: 'failed', message: failure('The photo was not uploaded', error) });
    }

    setStep({ state: 'working', message: 'Adding it to the photo library…' });
    let image: ImageRecord;
    try {
      const { data } = await post<{ data: ImageRecord }>(`/content-manager/collection-types/${IMAGE}`, {
        file: uploaded.id,
        caption: caption.trim(),
        credit: credit.trim(),
        alt: alt.trim(),
      });
      image = data.data;
    } catch (error) {
      // No Image holds the file: leave no orphan in the media library.
      await del(`/upload/files/${uploaded.id}`).catch(() => undefined);
      return setStep({ state: 'failed', message: failure('The photo was uploaded but its library record was not made, so it was removed', error) });
    }

    let replaced: RelationItem[];
    try {
      replaced = await savedHero();
    } catch (error) {
      return setStep({
        state: 'failed',
        message: failure(`The photo is in the library ("${image.alt}") but the story's current hero photo could not be read; pick it in the Hero photo box`, error),
      });
    }
    onChange('heroImage', {
      connect: [
        {
          id: image.id,
          apiData: { id: image.id, documentId: image.documentId, locale: null, isTemporary: true },
          // The relation box orders its items by this key; a story has one hero photo, so any key does.
          __temp_key__: 'a0',
          alt: image.alt,
          label: image.alt,
          href: `../collection-types/${IMAGE}/${image.documentId}`,
        },
      ],
      disconnect: [...(hero?.disconnect ?? []), ...replaced],
    } satisfies RelationValue);
    setFile(null);
    setCaption('');
    setCredit('');
    setAlt('');
    if (chooser.current) chooser.current.value = '';
    setStep({ state: 'done', message: 'The photo is the hero photo now. Save or publish the story to keep it.' });
  };

  const working = step.state === 'working';
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <input
        ref={chooser}
        type="file"
        accept="image/*"
        hidden
        aria-label="Photo file"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setStep({ state: 'idle' });
        }}
      />
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Button variant="secondary" onClick={() => chooser.current?.click()} disabled={working} fullWidth>
          Choose photo…
        </Button>
        <Typography variant="pi" textColor="neutral600" ellipsis>
          {file ? file.name : 'No file chosen yet.'}
        </Typography>
      </Flex>
      <Field.Root id="newsroom-hero-caption" hint="Printed under the photo.">
        <Field.Label>Caption</Field.Label>
        <Textarea value={caption} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setCaption(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Field.Root id="newsroom-hero-credit" hint="Printed in brackets after the caption.">
        <Field.Label>Credit</Field.Label>
        <TextInput value={credit} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setCredit(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Field.Root id="newsroom-hero-alt" required hint="What the photo shows, for readers who cannot see it.">
        <Field.Label>Alt text</Field.Label>
        <TextInput value={alt} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAlt(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Button onClick={upload} loading={working} fullWidth>
        Upload as hero photo
      </Button>
      {step.state !== 'idle' ? (
        <Box role={step.state === 'failed' ? 'alert' : 'status'}>
          <Typography variant="pi" textColor={step.state === 'failed' ? 'danger600' : step.state === 'done' ? 'success600' : 'neutral600'}>
            {step.message}
          </Typography>
        </Box>
      ) : null}
    </Flex>
  );
};

export const HeroPhotoPanel: PanelComponent = ({ model, documentId, document, activeTab }) => {
  // The published tab is read-only; the panel belongs to the draft the editor is writing.
  if (model !== ARTICLE || activeTab === 'published') return null;
  const locale = typeof document?.locale === 'string' ? document.locale : new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? undefined;
  return { title: 'Hero photo', content: <HeroPhotoForm documentId={documentId} locale={locale} /> };
};
