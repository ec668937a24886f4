import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import type { Undoable } from './api';

/**
 * The last decision, offered back for a few seconds: the "Undo" toast (U or Ctrl+Z too). A bulk
 * decision is undone as the decisions it made, one call each.
 */
export const UNDO_SECONDS = 6;

export interface LastDecision {
  label: string;
  decisions: Undoable[];
}

export const useLastDecision = () => {
  const [last, setLast] = React.useState<LastDecision | null>(null);
  React.useEffect(() => {
    if (!last) return;
    const timer = window.setTimeout(() => setLast(null), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [last]);
  return [last, setLast] as const;
};

export const UndoToast = ({ last, onUndo }: { last: LastDecision | null; onUndo: () => void }) =>
  last ? (
    <Box
      role="status"
      aria-live="polite"
      data-testid="desk-undo"
      position="fixed"
      bottom={6}
      right={6}
      padding={4}
      background="neutral800"
      hasRadius
      shadow="popupShadow"
      zIndex={10}
    >
      <Flex gap={4}>
        <Typography textColor="neutral0">{last.label}</Typography>
        <Button variant="secondary" onClick={onUndo}>
          Undo (U)
        </Button>
      </Flex>
    </Box>
  ) : null;
