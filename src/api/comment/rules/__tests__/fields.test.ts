import { errors } from '@strapi/utils';
import { checkAuthorEmail, checkAuthorName, checkBody } from '../fields';
import { enforceCommentFields } from '..';

const value = (outcome: ReturnType<typeof checkBody>) => ('value' in outcome ? outcome.value : outcome.problem.message);

describe('comment fields', () => {
  it.each([
    ['reader@example.org', 'reader@example.org'],
    [' Reader@Example.ORG ', 'reader@example.org'],
    ['first.last+tag@news.co.uk', 'first.last+tag@news.co.uk'],
    ['no-at-sign', /valid e-mail/],
    ['two@@example.org', /valid e-mail/],
    ['a@b', /valid e-mail/],
    ['spaces in@example.org', /valid e-mail/],
    ['<x>@example.org', /valid e-mail/],
    ['', /required/],
    [`${'x'.repeat(250)}@example.org`, /valid e-mail/],
  ])('e-mail %j', (input, expected) => {
    const result = value(checkAuthorEmail(input));
    if (expected instanceof RegExp) expect(result).toMatch(expected);
    else expect(result).toBe(expected);
  });

  it.each([
    ['Zahra', 'Zahra'],
    ['  Zahra   Ahmadi ', 'Zahra Ahmadi'],
    ['<b>Zahra</b>', 'Zahra'],
    ['زهرا', 'زهرا'],
    ['', /required/],
    ['<script>x</script>', /required/],
    ['x'.repeat(81), /at most 80/],
  ])('name %j', (input, expected) => {
    const result = value(checkAuthorName(input));
    if (expected instanceof RegExp) expect(result).toMatch(expected);
    else expect(result).toBe(expected);
  });

  it('refuses a body that is not text', () => {
    expect(value(checkBody({ html: '<b>x</b>' }))).toMatch(/must be text/);
  });

  it('names every field at fault in one ValidationError, in form order', () => {
    const attempt = () => enforceCommentFields({ body: '' }, 'create');
    expect(attempt).toThrow(errors.ValidationError);
    try {
      attempt();
    } catch (error) {
      const details = (error as InstanceType<typeof errors.ValidationError>).details as { errors: Array<{ path: string[] }> };
      expect(details.errors.map((e) => e.path[0])).toEqual(['authorName', 'authorEmail', 'body']);
    }
  });

  it('checks only the fields an update writes', () => {
    const data = { moderationStatus: 'approved' };
    expect(() => enforceCommentFields(data, 'update')).not.toThrow();
    expect(data).toEqual({ moderationStatus: 'approved' });
    expect(() => enforceCommentFields({ body: '   ' }, 'update')).toThrow(/required/);
  });
});
