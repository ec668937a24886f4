import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { failure } from './admin-api';

/**
 * "Changes to notes": the record of this story's corrections and updates edited or removed, in the
 * language being edited, newest first (api::note-change, written by the article's saves:
 * src/api/article/corrections). Read through the content manager's own API, with the editor's
 * own permission to read the record.
 */

const ARTICLE = 'api::article.article';
const NOTE_CHANGE = 'api::note-change.note-change';

interface NoteText {
  type: string;
  text: string;
}
interface NoteChange {
  documentId: string;
  noteAt: string;
  change: 'edited' | 'removed';
  before: NoteText;
  after: NoteText | null;
  by: string;
  at: string;
}
type Record = { state: 'reading' } | { state: 'read'; changes: NoteChange[] } | { state: 'failed'; message: string };

const when = (iso: string) => new Date(iso).toUTCString().replace(/ GMT$/, ' UTC');

const Change = ({ change }: { change: NoteChange }) => (
  <Box paddingTop={2} paddingBottom={2} borderColor="neutral200" borderStyle="solid" borderWidth="0 0 1px 0" width="100%">
    <Typography variant="pi" fontWeight="bold" tag="p">
      {change.change === 'edited' ? 'Edited' : 'Removed'} · {when(change.at)}
    </Typography>
    <Typography variant="pi" textColor="neutral600" tag="p">
      by {change.by}; the note of {when(change.noteAt)}
    </Typography>
    <Typography variant="pi" tag="p" dir="auto">
      Before ({change.before.type}): {change.before.text}
    </Typography>
    {change.after ? (
      <Typography variant="pi" tag="p" dir="auto">
        After ({change.after.type}): {change.after.text}
      </Typography>
    ) : null}
  </Box>
);

const NoteChanges = ({ documentId, locale, version }: { documentId: string; locale: string; version: string }) => {
  const { get } = useFetchClient();
  const [record, setRecord] = React.useState<Record>({ state: 'reading' });

  React.useEffect(() => {
    let current = true;
    get<{ results: NoteChange[] }>(`/content-manager/collection-types/${NOTE_CHANGE}`, {
      params: { filters: { article: { $eq: documentId }, articleLocale: { $eq: locale } }, sort: 'id:DESC', pageSize: 50 },
    })
      .then(({ data }) => current && setRecord({ state: 'read', changes: data.results }))
      .catch((error: unknown) => current && setRecord({ state: 'failed', message: failure('Could not read the changes to notes', error) }));
    return () => {
      current = false;
    };
  }, [get, documentId, locale, version]);

  if (record.state === 'read' && record.changes.length > 0) {
    return (
      <Flex direction="column" alignItems="flex-start" width="100%" aria-label="Changes to notes">
        {record.changes.map((change) => (
          <Change key={change.documentId} change={change} />
        ))}
      </Flex>
    );
  }
  const text =
    record.state === 'reading'
      ? 'Reading the record…'
      : record.state === 'failed'
        ? record.message
        : 'No note of this story has been edited or removed in this language.';
  return (
    <Typography variant="pi" textColor={record.state === 'failed' ? 'danger600' : 'neutral600'} role={record.state === 'failed' ? 'alert' : undefined}>
      {text}
    </Typography>
  );
};

export const NoteChangesPanel: PanelComponent = ({ model, documentId, document }) => {
  if (model !== ARTICLE || !documentId) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : undefined;
  if (!locale) return null;
  // Read again after every save: a save is what records a change.
  const version = String(document?.updatedAt ?? '');
  return { title: 'Changes to notes', content: <NoteChanges documentId={documentId} locale={locale} version={version} /> };
};
