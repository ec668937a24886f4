import * as React from 'react';
import { Badge, Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import type { DeskAuthor, DeskCard, Standing } from '../../api/comment/desk/types';
import { failure } from '../admin-api';
import type { DeskApi } from './api';
import { MESSAGES, STANDING_EFFECT, STANDINGS, exact } from './words';

/**
 * The author in a card: name, e-mail, standing and history (their comments approved, rejected,
 * spam, pending, by e-mail), the moderator's way to trust them or block the address and back (with
 * an optional note), and the changes to their standing so far.
 */
const CHANGES: Array<{ to: Standing; label: string; from: Standing[] }> = [
  { to: 'trusted', label: 'Trust author', from: ['normal', 'blocked'] },
  { to: 'blocked', label: 'Block e-mail', from: ['normal', 'trusted'] },
  { to: 'normal', label: 'Back to normal', from: ['trusted', 'blocked'] },
];

export const AuthorPanel = ({ card, api, onChanged }: { card: DeskCard; api: DeskApi; onChanged: (author: DeskAuthor) => void }) => {
  const [asked, setAsked] = React.useState<Standing | null>(null);
  const [note, setNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [details, setDetails] = React.useState<DeskAuthor | null>(null);
  const { standing, counts } = card.author;

  const showChanges = async () => {
    if (details) return setDetails(null);
    try {
      setDetails(await api.author(card.authorEmail));
    } catch (problem) {
      setError(failure(MESSAGES.author, problem));
    }
  };
  const change = async (to: Standing) => {
    setBusy(true);
    setError(null);
    try {
      const author = await api.setStanding(card.authorEmail, to, note.trim() || undefined);
      setDetails(author);
      setAsked(null);
      setNote('');
      onChanged(author);
    } catch (problem) {
      setError(failure(MESSAGES.standing, problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box padding={3} background="neutral100" hasRadius aria-label={`Author ${card.authorName}`} tag="section">
      <Flex gap={2} wrap="wrap" alignItems="center">
        <Typography fontWeight="bold" dir="auto">
          {card.authorName}
        </Typography>
        <Typography textColor="neutral600">{card.authorEmail}</Typography>
        <Badge active={standing !== 'normal'} data-standing={standing}>
          {STANDINGS[standing]}
        </Badge>
      </Flex>
      <Typography variant="pi" textColor="neutral700" tag="p" data-author-history>
        History: {counts.approved} approved · {counts.rejected} rejected · {counts.spam} spam · {counts.pending} pending
      </Typography>
      <Flex gap={2} paddingTop={2} wrap="wrap">
        {CHANGES.filter((item) => item.from.includes(standing)).map((item) => (
          <Button key={item.to} size="S" variant={asked === item.to ? 'default' : 'secondary'} onClick={() => setAsked(asked === item.to ? null : item.to)}>
            {item.label}
          </Button>
        ))}
        <Button size="S" variant="ghost" onClick={showChanges}>
          {details ? 'Hide changes' : 'Changes to standing'}
        </Button>
      </Flex>
      {asked ? (
        <Flex gap={2} paddingTop={2} alignItems="flex-end">
          <Box flex={1}>
            <TextInput
              aria-label="Note on the author (optional)"
              placeholder={`Note (optional): ${STANDING_EFFECT[asked]}`}
              value={note}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNote(event.target.value)}
            />
          </Box>
          <Button size="S" loading={busy} onClick={() => change(asked)}>
            {CHANGES.find((item) => item.to === asked)?.label}: confirm
          </Button>
        </Flex>
      ) : null}
      {error ? (
        <Typography textColor="danger600" role="alert" variant="pi">
          {error}
        </Typography>
      ) : null}
      {details ? (
        <Box tag="ol" paddingTop={2} aria-label="Changes to the author’s standing">
          {details.changes.length === 0 ? <Typography variant="pi">No change yet: the author has always been treated as anyone.</Typography> : null}
          {details.changes.map((item) => (
            <Box tag="li" key={`${item.at}-${item.standing}`}>
              <Typography variant="pi">
                {exact(item.at)} · {STANDINGS[item.standing]} · {item.by}
                {item.note ? ` · “${item.note}”` : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : null}
    </Box>
  );
};
