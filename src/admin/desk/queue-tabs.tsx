import { Badge, Flex, Tabs } from '@strapi/design-system';
import type { DeskQueue, QueueCounts } from '../../api/comment/desk/types';
import { QUEUES } from './words';

/** The five queues as tabs, each with its live count under the filters in force. */
export const QueueTabs = ({ queue, counts, onChange }: { queue: DeskQueue; counts: QueueCounts | null; onChange: (queue: DeskQueue) => void }) => (
  <Tabs.Root value={queue} onValueChange={(next: string) => {
    const chosen = QUEUES.find((item) => item.queue === next);
    if (chosen) onChange(chosen.queue);
  }}>
    <Tabs.List aria-label="Queues">
      {QUEUES.map(({ queue: value, label }) => (
        <Tabs.Trigger key={value} value={value} data-queue={value}>
          <Flex gap={2}>
            {label}
            <Badge active={value === queue} data-count={value}>
              {counts ? String(counts[value]) : '…'}
            </Badge>
          </Flex>
        </Tabs.Trigger>
      ))}
    </Tabs.List>
  </Tabs.Root>
);
