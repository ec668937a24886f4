import * as React from 'react';
import { Box, Textarea, Typography } from '@strapi/design-system';
import type { DeskTrailEntry } from '../../api/comment/desk/types';
import { failure } from '../admin-api';
import type { DeskApi } from './api';
import { MESSAGES } from './words';

const MAX_NOTE = 2000;

/** A note on the comment's trail, status unchanged: Enter saves, Shift+Enter breaks the line, Escape closes. */
export const NoteBox = ({ id, api, onSaved, onClose }: { id: string; api: DeskApi; onSaved: (entry: DeskTrailEntry) => void; onClose: () => void }) => {
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const box = React.useRef<HTMLTextAreaElement>(null);
  React.useEffect(() => box.current?.focus(), []);

  const save = async () => {
    const note = text.trim();
    if (!note || saving) return;
    setSaving(true);
    try {
      onSaved(await api.note(id, note.slice(0, MAX_NOTE)));
    } catch (problem) {
      setError(failure(MESSAGES.note, problem));
      setSaving(false);
    }
  };
  return (
    <Box paddingTop={2}>
      <Textarea
        ref={box}
        aria-label="Note on this comment"
        placeholder="A note on the trail (Enter saves, Esc closes)"
        maxLength={MAX_NOTE}
        value={text}
        disabled={saving}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
        onKeyDown={(event: React.KeyboardEvent<HTMLTextAreaElement>) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      {error ? (
        <Typography textColor="danger600" role="alert" variant="pi">
          {error}
        </Typography>
      ) : null}
    </Box>
  );
};
