import * as React from 'react';
import { Badge, Box, Button, Dialog, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { BlockChange, FieldChange } from '../api/article/versions/compare';
import type { VersionSummary } from '../api/article/versions/types';
import { ADMIN_LAYOUTS } from '../bootstrap/admin-copy';
import { failure } from './admin-api';

/**
 * "Versions": every save and publish of the story in this language (when, who, what), a window
 * comparing two of them field by field (words inserted and deleted marked within each body block),
 * and restoring one into the draft after a confirmation. The admin API is
 * /newsroom/articles/:documentId/versions (src/api/article/versions); after a restore the page is
 * loaded again, so the edit view shows the draft as it is now.
 */

const ARTICLE = 'api::article.article';
const SHOWN = 8;

const EVENTS: Record<string, string> = { save: 'Saved', publish: 'Published', unpublish: 'Unpublished', discard: 'Draft discarded' };

const labelOf = (uid: string, field: string): string =>
  ADMIN_LAYOUTS.find((layout) => layout.uid === uid)?.fields[field]?.label ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
const componentLabel = (uid: string): string => uid.split('.').pop()?.replace(/^./, (c) => c.toUpperCase()) ?? uid;
const when = (at: string): string => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
/** The actor's label without the admin user's number: "desk@newsroom.org". */
const who = (version: VersionSummary): string => version.who.label.replace(/ \((admin|moderator) #\d+\)$/, '');
const describe = (version: VersionSummary): string => `${when(version.at)} · ${EVENTS[version.event] ?? version.event} · ${who(version)}`;

const Words = ({ change }: { change: Extract<FieldChange, { kind: 'text' }> }) => (
  <Typography variant="omega" tag="p" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
    {change.words.map((part, index) =>
      part.type === 'inserted' ? (
        <ins key={index} data-change="inserted" style={{ background: '#c6f0c2', textDecoration: 'underline' }}>
          {part.text}
        </ins>
      ) : part.type === 'deleted' ? (
        <del key={index} data-change="deleted" style={{ background: '#f5c0b8' }}>
          {part.text}
        </del>
      ) : (
        <span key={index}>{part.text}</span>
      )
    )}
  </Typography>
);

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '(empty)' : typeof value === 'object' ? JSON.stringify(value) : String(value));

const Change = ({ uid, change }: { uid: string; change: FieldChange }) => (
  <Box paddingTop={2} paddingBottom={2}>
    <Typography variant="sigma" textColor="neutral600">
      {labelOf(uid, change.field)}
    </Typography>
    {change.kind === 'text' ? <Words change={change} /> : null}
    {change.kind === 'value' ? (
      <Typography variant="omega" tag="p">
        <del style={{ background: '#f5c0b8' }}>{shown(change.before)}</del> → <ins style={{ background: '#c6f0c2' }}>{shown(change.after)}</ins>
      </Typography>
    ) : null}
    {change.kind === 'relation' ? (
      <Flex direction="column" alignItems="flex-start">
        {change.removed.map((linked) => (
          <del key={`-${linked.documentId}`} data-change="deleted" style={{ background: '#f5c0b8' }}>
            − {linked.label}
          </del>
        ))}
        {change.added.map((linked) => (
          <ins key={`+${linked.documentId}`} data-change="inserted" style={{ background: '#c6f0c2' }}>
            + {linked.label}
          </ins>
        ))}
      </Flex>
    ) : null}
    {change.kind === 'blocks' ? change.blocks.map((block) => <Block key={block.position} block={block} />) : null}
  </Box>
);

const BLOCK_CHANGES: Record<BlockChange['change'], string> = { added: 'added', removed: 'removed', changed: 'changed' };

const Block = ({ block }: { block: BlockChange }) => (
  <Box paddingLeft={4} paddingTop={1} borderColor="neutral200" style={{ borderLeftWidth: 2, borderLeftStyle: 'solid' }}>
    <Typography variant="pi" fontWeight="bold">
      Block {block.position + 1} ({block.componentBefore ? `${componentLabel(block.componentBefore)} → ` : ''}
      {componentLabel(block.component)}): {BLOCK_CHANGES[block.change]}
    </Typography>
    {block.fields.map((change) => (
      <Change key={change.field} uid={block.component} change={change} />
    ))}
  </Box>
);

interface Comparison {
  from: VersionSummary;
  to: VersionSummary;
  changes: FieldChange[];
}
type Loaded<T> = { state: 'reading' } | { state: 'read'; value: T } | { state: 'failed'; message: string };

const RestoreButton = ({ documentId, version }: { documentId: string; version: VersionSummary }) => {
  const { post } = useFetchClient();
  const [step, setStep] = React.useState<{ state: 'asking' | 'working' } | { state: 'warned'; warnings: string[] } | { state: 'failed'; message: string } | null>(null);
  const restore = async () => {
    setStep({ state: 'working' });
    try {
      const { data } = await post<{ data: { warnings: string[] } }>(`/newsroom/articles/${documentId}/versions/${version.id}/restore`, {});
      if (data.data.warnings.length === 0) return window.location.reload();
      setStep({ state: 'warned', warnings: data.data.warnings });
    } catch (error) {
      setStep({ state: 'failed', message: failure('The version was not restored', error) });
    }
  };
  return (
    <Dialog.Root open={step !== null} onOpenChange={(open) => (open ? setStep({ state: 'asking' }) : setStep(null))}>
      <Dialog.Trigger>
        <Button variant="secondary">Restore into draft</Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>Restore this version?</Dialog.Header>
        <Dialog.Body>
          {step?.state === 'warned' ? (
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography>The draft has the version's content now, except:</Typography>
              {step.warnings.map((warning) => (
                <Typography key={warning} textColor="warning600">
                  {warning}
                </Typography>
              ))}
            </Flex>
          ) : (
            <Flex direction="column" alignItems="flex-start" gap={2}>
              <Typography>
                The draft takes the content of the version of {describe(version)}. What the draft holds now stays in the versions; the
                published story does not change until you publish.
              </Typography>
              {step?.state === 'failed' ? (
                <Typography textColor="danger600" role="alert">
                  {step.message}
                </Typography>
              ) : null}
            </Flex>
          )}
        </Dialog.Body>
        <Dialog.Footer>
          {step?.state === 'warned' ? (
            <Button fullWidth onClick={() => window.location.reload()}>
              Show the draft
            </Button>
          ) : (
            <>
              <Dialog.Cancel>
                <Button fullWidth variant="tertiary">
                  Cancel
                </Button>
              </Dialog.Cancel>
              <Button fullWidth onClick={restore} loading={step?.state === 'working'}>
                Restore
              </Button>
            </>
          )}
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

const Compare = ({ documentId, versions }: { documentId: string; versions: VersionSummary[] }) => {
  const { get } = useFetchClient();
  const [from, setFrom] = React.useState(String(versions[1]?.id ?? versions[0].id));
  const [to, setTo] = React.useState(String(versions[0].id));
  const [comparison, setComparison] = React.useState<Loaded<Comparison>>({ state: 'reading' });

  React.useEffect(() => {
    let current = true;
    setComparison({ state: 'reading' });
    get<{ data: Comparison }>(`/newsroom/articles/${documentId}/versions/compare`, { params: { from, to } })
      .then(({ data }) => current && setComparison({ state: 'read', value: data.data }))
      .catch((error: unknown) => current && setComparison({ state: 'failed', message: failure('The versions could not be compared', error) }));
    return () => {
      current = false;
    };
  }, [get, documentId, from, to]);

  const chooser = (label: string, value: string, onChange: (value: string) => void) => (
    <Field.Root width="100%">
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={value} onChange={(next: string | number) => onChange(String(next))}>
        {versions.map((version) => (
          <SingleSelectOption key={version.id} value={String(version.id)}>
            {describe(version)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
  const chosen = (id: string) => versions.find((version) => String(version.id) === id);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-end">
        <Flex direction="column" alignItems="stretch" gap={2} flex={1}>
          {chooser('Older', from, setFrom)}
          {chosen(from) ? <RestoreButton documentId={documentId} version={chosen(from) as VersionSummary} /> : null}
        </Flex>
        <Flex direction="column" alignItems="stretch" gap={2} flex={1}>
          {chooser('Newer', to, setTo)}
          {chosen(to) ? <RestoreButton documentId={documentId} version={chosen(to) as VersionSummary} /> : null}
        </Flex>
      </Flex>
      <Box aria-live="polite" data-testid="version-changes">
        {comparison.state === 'reading' ? <Typography textColor="neutral600">Comparing…</Typography> : null}
        {comparison.state === 'failed' ? (
          <Typography textColor="danger600" role="alert">
            {comparison.message}
          </Typography>
        ) : null}
        {comparison.state === 'read' && comparison.value.changes.length === 0 ? <Typography>The two versions have the same content.</Typography> : null}
        {comparison.state === 'read' ? comparison.value.changes.map((change) => <Change key={change.field} uid={ARTICLE} change={change} />) : null}
      </Box>
    </Flex>
  );
};

const VersionList = ({ documentId, locale, version }: { documentId: string; locale: string; version: string }) => {
  const { get } = useFetchClient();
  const [list, setList] = React.useState<Loaded<VersionSummary[]>>({ state: 'reading' });
  const [comparing, setComparing] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    get<{ data: VersionSummary[] }>(`/newsroom/articles/${documentId}/versions`, { params: { locale } })
      .then(({ data }) => current && setList({ state: 'read', value: data.data }))
      .catch((error: unknown) => current && setList({ state: 'failed', message: failure('The versions could not be read', error) }));
    return () => {
      current = false;
    };
  }, [get, documentId, locale, version]);

  if (list.state !== 'read')
    return (
      <Typography variant="pi" textColor={list.state === 'failed' ? 'danger600' : 'neutral600'} role={list.state === 'failed' ? 'alert' : undefined}>
        {list.state === 'failed' ? list.message : 'Reading the versions…'}
      </Typography>
    );
  const versions = list.value;
  if (versions.length === 0) return <Typography variant="pi" textColor="neutral600">No versions yet: each save and publish makes one.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Box tag="ol" aria-label="Versions">
        {versions.slice(0, SHOWN).map((item) => (
          <Box tag="li" key={item.id} paddingBottom={2}>
            <Flex gap={2} alignItems="center">
              <Typography variant="pi" fontWeight="bold">
                {when(item.at)}
              </Typography>
              <Badge active={item.status === 'published'}>{EVENTS[item.event] ?? item.event}</Badge>
            </Flex>
            <Typography variant="pi" textColor="neutral600" ellipsis>
              {who(item)}
              {item.restoredFrom ? ` · restored #${item.restoredFrom}` : ''}
            </Typography>
          </Box>
        ))}
      </Box>
      {versions.length > SHOWN ? (
        <Typography variant="pi" textColor="neutral600">
          and {versions.length - SHOWN} older (all in Compare)
        </Typography>
      ) : null}
      <Modal.Root open={comparing} onOpenChange={setComparing}>
        <Modal.Trigger>
          <Button variant="secondary" fullWidth disabled={versions.length === 0}>
            Compare versions
          </Button>
        </Modal.Trigger>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>Compare versions</Modal.Title>
          </Modal.Header>
          <Modal.Body>{comparing ? <Compare documentId={documentId} versions={versions} /> : null}</Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">Close</Button>
            </Modal.Close>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </Flex>
  );
};

export const VersionsPanel: PanelComponent = ({ model, documentId, document }) => {
  if (model !== ARTICLE) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : undefined;
  if (!documentId || !locale) return { title: 'Versions', content: <Typography variant="pi" textColor="neutral600">No versions yet: each save and publish makes one.</Typography> };
  // Read again after every save or publish: the document's updatedAt and publishedAt move then.
  const version = `${String(document?.updatedAt ?? '')}|${String(document?.publishedAt ?? '')}|${String(document?.status ?? '')}`;
  return { title: 'Versions', content: <VersionList documentId={documentId} locale={locale} version={version} /> };
};
