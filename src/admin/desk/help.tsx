import { Box, Flex, Typography } from '@strapi/design-system';
import { KEYS } from './words';

/** The keys, as one line always shown and as a table on "?". */
export const KeyHints = ({ open }: { open: boolean }) => (
  <Box>
    <Typography variant="pi" textColor="neutral600" tag="p" data-testid="desk-key-hints">
      Keys: J/K move · A approve · R reject · S spam · N note · X select · U undo · ? all keys
    </Typography>
    {open ? (
      <Box tag="dl" padding={3} background="neutral100" hasRadius aria-label="Keyboard keys">
        {KEYS.map(([key, what]) => (
          <Flex key={key} gap={3}>
            <Box tag="dt" style={{ minWidth: '8rem' }}>
              <Typography fontWeight="bold">{key}</Typography>
            </Box>
            <Box tag="dd">
              <Typography>{what}</Typography>
            </Box>
          </Flex>
        ))}
      </Box>
    ) : null}
  </Box>
);
