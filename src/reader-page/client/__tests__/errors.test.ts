import { commentRefusal, reactionRefusal, type ApiError, type Sent } from '../errors';
import { wordsFor } from '../../messages';

/** The comment API's English refusals as the page says them, by status, error name and field. */
const fieldError = (field: string, message = 'English message') => ({
  error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: [field], message }] } },
});
const sent = (over: Partial<Sent> = {}): Sent => ({ authorName: 'Zahra', authorEmail: 'zahra@example.org', body: 'A view.', ...over });

describe('a refused comment, in the page’s words', () => {
  const en = wordsFor('en');
  const fa = wordsFor('fa-AF');

  it.each<[string, number, ApiError, Partial<Sent>, { field?: string; message: string }]>([
    ['an empty comment', 400, fieldError('body'), { body: '  ' }, { field: 'body', message: 'لطفاً نظر خود را بنویسید: خانهٔ نظر ضروری است.' }],
    ['a comment too long', 400, fieldError('body'), { body: 'x'.repeat(1600) }, { field: 'body', message: 'نظر شما ۱۶۰۰ حرف دارد؛ حد آن ۱۵۰۰ حرف است.' }],
    ['a comment too long in marks', 400, fieldError('body'), { body: 'é' }, { field: 'body', message: fa.fill(fa.m.errorBodyTooLongInMarks, { max: 12000 }) }],
    ['no name', 400, fieldError('authorName'), { authorName: '' }, { field: 'authorName', message: fa.m.errorNameRequired }],
    ['a name too long', 400, fieldError('authorName'), { authorName: 'n'.repeat(81) }, { field: 'authorName', message: 'نام شما حداکثر می‌تواند ۸۰ حرف داشته باشد.' }],
    ['no e-mail', 400, fieldError('authorEmail'), { authorEmail: ' ' }, { field: 'authorEmail', message: fa.m.errorEmailRequired }],
    ['a bad e-mail', 400, fieldError('authorEmail'), { authorEmail: 'nope' }, { field: 'authorEmail', message: fa.m.errorEmailInvalid }],
    ['the same comment twice (409)', 409, { error: { status: 409, name: 'ConflictError' } }, {}, { field: 'body', message: fa.m.errorDuplicate }],
    ['a reply to a hidden comment', 400, fieldError('parent'), {}, { message: fa.m.errorParent }],
    ['comments closed (403)', 403, { error: { status: 403, name: 'ForbiddenError' } }, {}, { message: fa.m.closed }],
    ['an article gone (404)', 404, { error: { status: 404, name: 'NotFoundError' } }, {}, { message: fa.m.errorNoArticle }],
    ['too many (429)', 429, { error: { status: 429, name: 'RateLimitError', details: { retryAfter: 12 } } }, {}, { message: 'از نشانی شما کوشش‌های زیادی شده است: لطفاً ۱۲ ثانیه صبر کنید و دوباره کوشش کنید.' }],
    ['a fault (500)', 500, { error: { status: 500, name: 'InternalServerError' } }, {}, { message: fa.m.commentFailed }],
  ])('%s', (_case, status, body, over, expected) => {
    const refusal = commentRefusal(status, body, sent(over), fa);
    if (expected.field) expect(refusal).toEqual({ fields: [{ field: expected.field, message: expected.message }], message: null });
    else expect(refusal).toEqual({ fields: [], message: expected.message });
  });

  it('says in English what the API says in English', () => {
    expect(commentRefusal(400, fieldError('authorEmail'), sent({ authorEmail: 'nope' }), en).fields[0].message).toBe(
      'Please give a valid e-mail address, such as name@example.org.'
    );
    expect(commentRefusal(429, { error: { details: { retryAfter: 1 } } }, sent(), en).message).toBe(
      'Too many attempts from your address: please wait 1 second and try again.'
    );
  });

  it('a refused reaction', () => {
    expect(reactionRefusal(400, fieldError('value'), wordsFor('ur'))).toBe('آپ کا جواب محفوظ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔');
    expect(reactionRefusal(404, null, wordsFor('ps'))).toBe('دا راپور نور خپور نه دی.');
  });
});
