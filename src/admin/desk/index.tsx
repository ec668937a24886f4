import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { DeskAuthor, DeskCard, DeskQueue, QueueCounts } from '../../api/comment/desk/types';
import { failure } from '../admin-api';
import { useDeskApi, type Decision, type DeskFilter, type Order } from './api';
import { BulkBar, type Selection } from './bulk';
import { Card } from './card';
import { Filters, type Seen } from './filters';
import { KeyHints } from './help';
import { DESK_PERMISSION } from './permission';
import { useDeskKeys, type DeskKey } from './keyboard';
import { QueueTabs } from './queue-tabs';
import { UndoToast, useLastDecision } from './undo';
import { DONE, MESSAGES } from './words';

/**
 * The moderation desk (issue 14): a moderator's queues of comments, decided with one click or one
 * key, the card leaving at once and the next one focused, with undo for a few seconds. The server
 * side is /newsroom/desk (src/api/comment/desk); every decision goes through the moderation
 * service, so the trail and the reports are kept as for any other moderation.
 */
const PAGE_SIZE = 20;
const COUNTS_EVERY_MS = 10_000;
/** Fewer cards left than this and the next ones are asked for, so the moderator never waits on an empty page. */
const REFILL_BELOW = 5;
const NOTHING: Selection = { kind: 'cards', ids: new Set() };
/** Oldest first where work waits, newest first where it is looked back on. */
const defaultOrder = (queue: DeskQueue): Order => (queue === 'pending' || queue === 'reported' ? 'oldest' : 'newest');

const remember = (seen: Seen, cards: DeskCard[]) => {
  for (const card of cards) {
    if (!card.article) continue;
    seen.articles.set(card.article.documentId, card.article.title);
    seen.locales.add(card.article.locale);
    if (card.article.section) seen.sections.set(card.article.section.slug, card.article.section.name);
  }
};

const Desk = () => {
  const api = useDeskApi();
  const [queue, setQueue] = React.useState<DeskQueue>('pending');
  const [filter, setFilter] = React.useState<DeskFilter>({});
  const [order, setOrder] = React.useState<Order>('oldest');
  const [cards, setCards] = React.useState<DeskCard[]>([]);
  const [total, setTotal] = React.useState(0);
  const [counts, setCounts] = React.useState<QueueCounts | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);
  const [focus, setFocus] = React.useState(0);
  const [selection, setSelection] = React.useState<Selection>(NOTHING);
  const [noteFor, setNoteFor] = React.useState<string | null>(null);
  const [help, setHelp] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [last, setLast] = useLastDecision();

  const seen = React.useRef<Seen>({ articles: new Map(), sections: new Map(), locales: new Set() });
  // Decided here: kept out of a list the server answered before it took the decision.
  const decided = React.useRef(new Set<string>());
  const elements = React.useRef(new Map<string, HTMLElement>());
  const moveFocus = React.useRef(false);
  const asked = React.useRef(0);
  const shownCards = React.useRef(cards);
  shownCards.current = cards;

  const load = React.useCallback(async (): Promise<DeskCard[]> => {
    const mine = ++asked.current;
    setLoading(true);
    try {
      const page = await api.queue(queue, filter, order, PAGE_SIZE);
      if (mine !== asked.current) return shownCards.current;
      remember(seen.current, page.data);
      const fresh = page.data.filter((card) => !decided.current.has(card.id));
      setCards(fresh);
      setTotal(page.meta.pagination.total);
      setCounts(page.meta.counts);
      setError(null);
      return fresh;
    } catch (problem) {
      if (mine === asked.current) setError(failure(MESSAGES.readQueue, problem));
      return shownCards.current;
    } finally {
      if (mine === asked.current) setLoading(false);
    }
  }, [api, queue, filter, order]);

  const refreshCounts = React.useCallback(async () => {
    try {
      setCounts(await api.counts(filter));
    } catch {
      // The last counts stay; the next poll asks again.
    }
  }, [api, filter]);

  React.useEffect(() => {
    decided.current.clear();
    setFocus(0);
    setSelection(NOTHING);
    setNoteFor(null);
    void load();
  }, [load]);

  React.useEffect(() => {
    const timer = window.setInterval(() => void refreshCounts(), COUNTS_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [refreshCounts]);

  const focused = Math.max(0, Math.min(focus, cards.length - 1));
  React.useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const card = cards[focused];
    const element = card ? elements.current.get(card.id) : undefined;
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest' });
  }, [cards, focused]);

  const afterDecisions = async () => {
    void refreshCounts();
    if (shownCards.current.length < REFILL_BELOW) await load();
  };

  const decide = async (card: DeskCard | undefined, action: Decision) => {
    if (!card || decided.current.has(card.id)) return;
    const at = shownCards.current.indexOf(card);
    decided.current.add(card.id);
    moveFocus.current = true;
    setNoteFor(null);
    // U now must not take back the decision before this one.
    setLast(null);
    setCards((list) => list.filter((item) => item.id !== card.id));
    setTotal((count) => count - 1);
    setSelection((chosen) => (chosen.kind === 'cards' && chosen.ids.has(card.id) ? { kind: 'cards', ids: new Set([...chosen.ids].filter((id) => id !== card.id)) } : chosen));
    try {
      const done = await api.decide(card.id, action);
      setLast({ label: `${DONE[action]}: the comment by ${card.authorName}`, decisions: [done] });
    } catch (problem) {
      decided.current.delete(card.id);
      setCards((list) => [...list.slice(0, at), card, ...list.slice(at)]);
      setTotal((count) => count + 1);
      setError(failure(MESSAGES.decide, problem));
    }
    await afterDecisions();
  };

  const decideSelected = async (action: Decision) => {
    setBusy(true);
    setLast(null);
    try {
      const result = await api.bulk(action, selection.kind === 'matching' ? { filter: { ...filter, queue } } : { ids: [...selection.ids] });
      result.ids.forEach((id) => decided.current.add(id));
      setCards((list) => list.filter((card) => !result.ids.includes(card.id)));
      setSelection(NOTHING);
      moveFocus.current = true;
      setLast({
        label: `${DONE[action]}: ${result.updated} comment${result.updated === 1 ? '' : 's'}${result.remaining > 0 ? ` (${result.remaining} more match: decide again)` : ''}`,
        decisions: result.ids.map((id) => ({ id, status: result.status, previous: result.previous[id] })).filter((item) => item.previous !== undefined),
      });
    } catch (problem) {
      setError(failure(MESSAGES.bulk, problem));
    } finally {
      setBusy(false);
    }
    await load();
    void refreshCounts();
  };

  const undo = async () => {
    if (!last) return;
    setLast(null);
    try {
      for (const decision of last.decisions) {
        await api.undo(decision);
        decided.current.delete(decision.id);
      }
    } catch (problem) {
      setError(failure(MESSAGES.undo, problem));
    }
    const list = await load();
    const back = list.findIndex((card) => card.id === last.decisions[0]?.id);
    moveFocus.current = true;
    if (back >= 0) setFocus(back);
    void refreshCounts();
  };

  const toggle = (id: string) =>
    setSelection((chosen) => {
      const ids = new Set(chosen.kind === 'cards' ? chosen.ids : []);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { kind: 'cards', ids };
    });

  const onKey = (key: DeskKey) => {
    const card = cards[focused];
    switch (key) {
      case 'next':
      case 'previous':
        moveFocus.current = true;
        setFocus(Math.max(0, Math.min(cards.length - 1, focused + (key === 'next' ? 1 : -1))));
        return;
      case 'approve':
      case 'reject':
      case 'spam':
        void decide(card, key);
        return;
      case 'note':
        if (card) setNoteFor(card.id);
        return;
      case 'select':
        if (card) toggle(card.id);
        return;
      case 'undo':
        void undo();
        return;
      case 'help':
        setHelp((open) => !open);
    }
  };
  useDeskKeys(onKey);

  const authorChanged = (author: DeskAuthor) =>
    setCards((list) =>
      list.map((card) => (card.authorEmail.toLowerCase() === author.email.toLowerCase() ? { ...card, author: { standing: author.standing, counts: author.counts } } : card)),
    );

  const chooseQueue = (next: DeskQueue) => {
    setQueue(next);
    setOrder(defaultOrder(next));
  };
  const filtered = Boolean(filter.article || filter.section || filter.locale || filter.q);
  const selecting = selection.kind === 'matching' || selection.ids.size > 0;

  return (
    <>
      <Layouts.Header title="Moderation desk" subtitle={`${total} comment${total === 1 ? '' : 's'} in this queue`} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <QueueTabs queue={queue} counts={counts} onChange={chooseQueue} />
          <Filters filter={filter} order={order} seen={seen.current} onFilter={setFilter} onOrder={setOrder} />
          <KeyHints open={help} />
          {error ? (
            <Typography textColor="danger600" role="alert">
              {error}
            </Typography>
          ) : null}
          {selecting ? (
            <BulkBar
              selection={selection}
              shown={cards.length}
              matching={total}
              busy={busy}
              onSelectMatching={() => setSelection({ kind: 'matching' })}
              onClear={() => setSelection(NOTHING)}
              onDecide={(action) => void decideSelected(action)}
            />
          ) : cards.length > 0 ? (
            <Box>
              <Button variant="tertiary" onClick={() => setSelection({ kind: 'matching' })}>
                Select all {total} matching this filter
              </Button>
            </Box>
          ) : null}
          <Flex direction="column" alignItems="stretch" gap={3} aria-label="Comments" aria-busy={loading} tag="section">
            {cards.map((card, index) => (
              <Card
                key={card.id}
                ref={(element: HTMLElement | null) => {
                  if (element) elements.current.set(card.id, element);
                  else elements.current.delete(card.id);
                }}
                card={card}
                api={api}
                focused={index === focused}
                selected={selection.kind === 'matching' || selection.ids.has(card.id)}
                noteOpen={noteFor === card.id}
                onFocus={() => setFocus(index)}
                onDecide={(action) => void decide(card, action)}
                onSelect={() => toggle(card.id)}
                onNoteClose={() => {
                  moveFocus.current = true;
                  setNoteFor(null);
                }}
                onNoteSaved={(entry) => {
                  moveFocus.current = true;
                  setNoteFor(null);
                  setCards((list) => list.map((item) => (item.id === card.id ? { ...item, trail: [...item.trail, entry] } : item)));
                }}
                onAuthorChanged={authorChanged}
              />
            ))}
            {!loading && cards.length === 0 ? <Typography textColor="neutral600">{filtered ? MESSAGES.emptyFiltered : MESSAGES.empty}</Typography> : null}
            {cards.length > 0 && total > cards.length ? (
              <Typography variant="pi" textColor="neutral600">
                {cards.length} shown of {total}; the next ones come as these are decided.
              </Typography>
            ) : null}
          </Flex>
        </Flex>
      </Layouts.Content>
      <UndoToast last={last} onUndo={() => void undo()} />
    </>
  );
};

const DeskPage = () => (
  <Page.Main>
    <Page.Title>Moderation desk</Page.Title>
    <Page.Protect permissions={[DESK_PERMISSION]}>
      <Desk />
    </Page.Protect>
  </Page.Main>
);

export default DeskPage;
