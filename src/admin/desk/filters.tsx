import * as React from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { DeskFilter, Order } from './api';

/**
 * The queue's filters: article, section and language from what the desk has seen in the queues
 * (the server filters by an article's documentId, a section's slug and a locale code), words in
 * the comment or its author's name or e-mail, and newest or oldest first.
 */
export interface Seen {
  articles: Map<string, string>;
  sections: Map<string, string>;
  locales: Set<string>;
}

// Not the empty string: the select's options need a value of their own.
const ANY = 'any';
const TEXT_PAUSE_MS = 300;

const Choice = ({ label, name, value, options, onChange }: { label: string; name: string; value: string; options: Array<[string, string]>; onChange: (value: string) => void }) => (
  <Field.Root name={name} width="14rem">
    <Field.Label>{label}</Field.Label>
    <SingleSelect name={name} value={value} onChange={(next: string | number) => onChange(String(next))}>
      <SingleSelectOption value={ANY}>Any</SingleSelectOption>
      {options.map(([key, text]) => (
        <SingleSelectOption key={key} value={key}>
          {text}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

export const Filters = ({ filter, order, seen, onFilter, onOrder }: { filter: DeskFilter; order: Order; seen: Seen; onFilter: (filter: DeskFilter) => void; onOrder: (order: Order) => void }) => {
  const [text, setText] = React.useState(filter.q ?? '');
  // The text filter asks the server once the moderator pauses, not at every letter.
  React.useEffect(() => {
    const timer = window.setTimeout(() => {
      const q = text.trim().slice(0, 200);
      if (q !== (filter.q ?? '')) onFilter({ ...filter, q: q || undefined });
    }, TEXT_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter, onFilter]);
  const set = (key: keyof DeskFilter) => (value: string) => onFilter({ ...filter, [key]: value === ANY ? undefined : value });
  const filtered = Boolean(filter.article || filter.section || filter.locale || filter.q);
  return (
    <Flex gap={4} alignItems="flex-end" wrap="wrap">
      <Choice label="Article" name="article" value={filter.article ?? ANY} options={[...seen.articles]} onChange={set('article')} />
      <Choice label="Section" name="section" value={filter.section ?? ANY} options={[...seen.sections]} onChange={set('section')} />
      <Choice label="Language" name="locale" value={filter.locale ?? ANY} options={[...seen.locales].map((locale) => [locale, locale])} onChange={set('locale')} />
      <Field.Root name="q" width="16rem">
        <Field.Label>Text, author or e-mail</Field.Label>
        <TextInput name="q" type="search" value={text} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)} />
      </Field.Root>
      <Field.Root name="order" width="12rem">
        <Field.Label>Order</Field.Label>
        <SingleSelect name="order" value={order} onChange={(next: string | number) => onOrder(next === 'newest' ? 'newest' : 'oldest')}>
          <SingleSelectOption value="oldest">Oldest first</SingleSelectOption>
          <SingleSelectOption value="newest">Newest first</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      {filtered ? (
        <Button
          variant="tertiary"
          onClick={() => {
            setText('');
            onFilter({});
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Flex>
  );
};
