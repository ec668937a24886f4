import { marksOf } from '../record';

const entry = (locale: string) => ({ documentId: 'doc', locale });

describe('marksOf: which versions a document-service call makes', () => {
  it.each([
    ['a draft saved', 'update', {}, entry('en'), [['en', 'draft', 'save']]],
    ['a create that publishes', 'create', { status: 'published' }, entry('en'), [['en', 'draft', 'save'], ['en', 'published', 'publish']]],
    ['a publish of two locales', 'publish', {}, { documentId: 'doc', entries: [entry('en'), entry('ps')] }, [['en', 'published', 'publish'], ['ps', 'published', 'publish']]],
    ['an unpublish', 'unpublish', {}, { documentId: 'doc', entries: [entry('en')] }, [['en', 'draft', 'unpublish']]],
    ['a discarded draft', 'discardDraft', {}, { documentId: 'doc', entries: [entry('fa-AF')] }, [['fa-AF', 'draft', 'discard']]],
    ['an update of nothing', 'update', {}, null, []],
    ['a delete', 'delete', {}, { documentId: 'doc', entries: [entry('en')] }, []],
    ['a read', 'findOne', {}, entry('en'), []],
  ])('%s', (_case, action, params, result, expected) => {
    expect(marksOf(action, params, result).map((mark) => [mark.locale, mark.status, mark.event])).toEqual(expected);
  });
});
