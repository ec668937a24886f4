import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DeskAction, DeskAuthor, DeskBulkResult, DeskDecision, DeskPage, DeskQueue, DeskTrailEntry, QueueCounts, Standing } from '../../api/comment/desk/types';

/**
 * The desk's calls to its admin API (/newsroom/desk, src/api/comment/desk), typed by the types the
 * server answers with. The admin panel's fetch client adds the moderator's token.
 */

export type Decision = DeskAction;
/** What the queue is narrowed to: the same for the list, the counts and "select all matching". */
export interface DeskFilter {
  article?: string;
  section?: string;
  locale?: string;
  q?: string;
}
export type Order = 'oldest' | 'newest';
/** One decision as it can be taken back: the status it set and the one it replaced. */
export type Undoable = DeskDecision;

const BASE = '/newsroom/desk';
/** Only the filters that are set, so the server sees no empty parameters (q must be 1-200 characters). */
export const filterParams = (filter: DeskFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''));

const byEmail = (email: string) => `${BASE}/authors/${encodeURIComponent(email.toLowerCase())}`;

export const useDeskApi = () => {
  const { get, post, put } = useFetchClient();
  return React.useMemo(
    () => ({
      queue: async (queue: DeskQueue, filter: DeskFilter, order: Order, pageSize: number): Promise<DeskPage> =>
        (await get<DeskPage>(`${BASE}/comments`, { params: { queue, order, page: 1, pageSize, ...filterParams(filter) } })).data,
      counts: async (filter: DeskFilter): Promise<QueueCounts> =>
        (await get<{ data: QueueCounts }>(`${BASE}/counts`, { params: filterParams(filter) })).data.data,
      decide: async (id: string, action: Decision, note?: string): Promise<Undoable> =>
        (await post<{ data: Undoable }>(`${BASE}/comments/${id}/decide`, note ? { action, note } : { action })).data.data,
      undo: async ({ id, status, previous }: Undoable): Promise<void> => {
        await post(`${BASE}/comments/${id}/undo`, { status, previous });
      },
      note: async (id: string, note: string): Promise<DeskTrailEntry> =>
        (await post<{ data: DeskTrailEntry }>(`${BASE}/comments/${id}/note`, { note })).data.data,
      bulk: async (action: Decision, target: { ids: string[] } | { filter: DeskFilter & { queue: DeskQueue } }): Promise<DeskBulkResult> =>
        (
          await post<{ data: DeskBulkResult }>(
            `${BASE}/comments/bulk`,
            'ids' in target ? { action, ids: target.ids } : { action, filter: { queue: target.filter.queue, ...filterParams(target.filter) } },
          )
        ).data.data,
      author: async (email: string): Promise<DeskAuthor> => (await get<{ data: DeskAuthor }>(byEmail(email))).data.data,
      setStanding: async (email: string, standing: Standing, note?: string): Promise<DeskAuthor> =>
        (await put<{ data: DeskAuthor }>(byEmail(email), note ? { standing, note } : { standing })).data.data,
    }),
    [get, post, put],
  );
};
export type DeskApi = ReturnType<typeof useDeskApi>;
