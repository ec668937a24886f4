import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { Decision } from './api';
import { DECISIONS } from './words';

/**
 * What is selected, and the three decisions for all of it at once: the checked cards, or every
 * comment matching the queue and filters (the server takes up to 1,000 a call, oldest first).
 */
export type Selection = { kind: 'cards'; ids: Set<string> } | { kind: 'matching' };

export const BulkBar = ({
  selection,
  shown,
  matching,
  busy,
  onSelectMatching,
  onClear,
  onDecide,
}: {
  selection: Selection;
  shown: number;
  matching: number;
  busy: boolean;
  onSelectMatching: () => void;
  onClear: () => void;
  onDecide: (action: Decision) => void;
}) => {
  const count = selection.kind === 'matching' ? matching : selection.ids.size;
  return (
    <Box padding={3} background="primary100" hasRadius aria-label="Selected comments" tag="section">
      <Flex gap={3} wrap="wrap">
        <Typography fontWeight="bold" data-testid="desk-selected">
          {selection.kind === 'matching' ? `All ${count} matching this filter` : `${count} selected`}
        </Typography>
        {DECISIONS.map((decision) => (
          <Button key={decision.action} variant={decision.variant} loading={busy} onClick={() => onDecide(decision.action)}>
            {decision.label} {count === 1 ? 'it' : `all ${count}`}
          </Button>
        ))}
        {selection.kind === 'cards' && matching > shown ? (
          <Button variant="tertiary" onClick={onSelectMatching}>
            Select all {matching} matching this filter
          </Button>
        ) : null}
        <Button variant="ghost" onClick={onClear}>
          Clear selection
        </Button>
      </Flex>
    </Box>
  );
};
