import * as React from 'react';
import { Badge, Box, Button, Checkbox, Flex, Link, Typography } from '@strapi/design-system';
import type { DeskAuthor, DeskCard, DeskTrailEntry } from '../../api/comment/desk/types';
import type { Decision, DeskApi } from './api';
import { AuthorPanel } from './author';
import { NoteBox } from './note';
import { DECISIONS, exact, reasonText, relative } from './words';

/**
 * One comment in the queue, whole: where it was posted (the headline opens the reader page at the
 * comment), the comment it answers, its author and their history, when, why it is in this queue,
 * its trail, and the three decisions. The focused card is the one the keys act on.
 */
export interface CardProps {
  card: DeskCard;
  focused: boolean;
  selected: boolean;
  noteOpen: boolean;
  api: DeskApi;
  onFocus: () => void;
  onDecide: (action: Decision) => void;
  onSelect: () => void;
  onNoteClose: () => void;
  onNoteSaved: (entry: DeskTrailEntry) => void;
  onAuthorChanged: (author: DeskAuthor) => void;
}

const Trail = ({ trail }: { trail: DeskTrailEntry[] }) =>
  trail.length === 0 ? null : (
    <Box tag="ol" aria-label="Moderation trail" paddingTop={2}>
      {trail.map((entry, index) => (
        <Box tag="li" key={`${entry.at}-${index}`}>
          <Typography variant="pi" textColor="neutral700">
            {exact(entry.at)} · {entry.from ? `${entry.from} → ${entry.to}` : entry.to} · {entry.by}
            {entry.note ? ` · “${entry.note}”` : ''}
          </Typography>
        </Box>
      ))}
    </Box>
  );

export const Card = React.forwardRef<HTMLElement, CardProps>(function Card(props, ref) {
  const { card, focused, selected, noteOpen, api } = props;
  return (
    <Box
      ref={ref}
      tag="article"
      tabIndex={focused ? 0 : -1}
      aria-label={`Comment by ${card.authorName}`}
      aria-current={focused ? 'true' : undefined}
      data-testid="desk-card"
      data-id={card.id}
      data-focused={focused ? 'true' : 'false'}
      onFocus={props.onFocus}
      onClick={props.onFocus}
      padding={4}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      borderColor={focused ? 'primary600' : 'neutral150'}
      style={{ borderWidth: 2, borderStyle: 'solid', outline: 'none' }}
    >
      <Flex gap={3} alignItems="flex-start">
        <Checkbox aria-label={`Select the comment by ${card.authorName}`} checked={selected} onCheckedChange={props.onSelect} />
        <Flex direction="column" alignItems="stretch" gap={2} flex={1}>
          <Flex gap={2} wrap="wrap" alignItems="baseline" justifyContent="space-between">
            {card.article ? (
              <Link href={card.article.url} isExternal target="_blank" rel="noopener noreferrer" dir="auto">
                {card.article.title}
              </Link>
            ) : (
              <Typography textColor="neutral600">No article</Typography>
            )}
            <Typography variant="pi" textColor="neutral600" title={exact(card.createdAt)}>
              <time dateTime={card.createdAt}>
                {relative(card.createdAt)} · {exact(card.createdAt)}
              </time>
              {card.article?.section ? ` · ${card.article.section.name}` : ''}
              {card.article ? ` · ${card.article.locale}` : ''}
            </Typography>
          </Flex>
          {card.parent ? (
            <Box paddingLeft={3} borderColor="neutral200" style={{ borderInlineStartWidth: 3, borderInlineStartStyle: 'solid' }} aria-label="In reply to">
              <Typography variant="pi" textColor="neutral600">
                In reply to {card.parent.authorName} ({card.parent.status}):
              </Typography>
              <Typography tag="p" variant="omega" textColor="neutral700" dir={card.parent.direction} style={{ whiteSpace: 'pre-wrap' }}>
                {card.parent.body}
              </Typography>
            </Box>
          ) : null}
          <Typography tag="p" dir={card.direction} data-comment-body style={{ whiteSpace: 'pre-wrap', textAlign: 'start', fontSize: '1.5rem', lineHeight: 1.5 }}>
            {card.body}
          </Typography>
          {card.reasons.length > 0 ? (
            <Flex gap={2} wrap="wrap" aria-label="Why it is here" tag="ul">
              {card.reasons.map((reason, index) => (
                <Box tag="li" key={`${reason.kind}-${index}`} style={{ listStyle: 'none' }}>
                  <Badge data-reason={reason.kind}>{reasonText(reason)}</Badge>
                </Box>
              ))}
            </Flex>
          ) : null}
          {card.reports.count > 0 ? (
            <Box aria-label="Reports">
              <Typography variant="pi" fontWeight="bold" textColor="danger600">
                Reported {card.reports.count} time{card.reports.count === 1 ? '' : 's'}
              </Typography>
              <Box tag="ul">
                {card.reports.open.map((report, index) => (
                  <Box tag="li" key={`${report.at}-${index}`}>
                    <Typography variant="pi" data-report-reason={report.reason}>
                      {report.reason}
                      {report.note ? `: “${report.note}”` : ''} · {relative(report.at)}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </Box>
          ) : null}
          <AuthorPanel card={card} api={api} onChanged={props.onAuthorChanged} />
          <Trail trail={card.trail} />
          {noteOpen ? <NoteBox id={card.id} api={api} onSaved={props.onNoteSaved} onClose={props.onNoteClose} /> : null}
          <Flex gap={2} paddingTop={1}>
            {DECISIONS.map((decision) => (
              <Button key={decision.action} variant={decision.variant} onClick={() => props.onDecide(decision.action)} aria-keyshortcuts={decision.key}>
                {decision.label} ({decision.key})
              </Button>
            ))}
          </Flex>
        </Flex>
      </Flex>
    </Box>
  );
});
