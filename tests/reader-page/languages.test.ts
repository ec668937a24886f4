import { bootApp, type TestApp } from '../helpers/app';
import { seedAsDevelopment } from '../helpers/demo';
import { addComment, makeArticle } from '../helpers/articles';
import { DEMO_SLUG } from '../../src/demo/reference-article';
import { referenceArticleFa } from '../../src/demo/reference-article-fa';
import { en } from '../../src/reader-page/messages/en';

/**
 * The reader's own language: a page in Dari, Pashto or Urdu reads right to left with the words
 * of its language around the text (buttons, labels, the counter, dates, numbers), and none of
 * the English ones; the English page keeps its words. The demo ships its Dari translation.
 */
let app: TestApp;
const SMALL = 'a-small-story-in-three-languages';

beforeAll(async () => {
  app = await bootApp();
  const documentId = await makeArticle(app, { slug: SMALL, paragraphs: 1, withMedia: false });
  const documents = app.strapi.documents('api::article.article');
  const versions = [
    { locale: 'ps', title: 'یو لنډ راپور', text: 'د راپور متن.' },
    { locale: 'ur', title: 'ایک مختصر خبر', text: 'خبر کا متن۔' },
  ];
  for (const { locale, title, text } of versions) {
    await documents.update({
      documentId,
      locale,
      data: { title, dateline: 'هرات', body: [{ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }] },
    } as never);
    await documents.publish({ documentId, locale });
  }
  await addComment(app, documentId, { locale: 'ps' });
});
afterAll(async () => {
  await app?.close();
});

const page = async (path: string, status = 200) => (await app.http().get(path).expect(status)).text;

/** What a reader sees or hears: the body's text and the labels in attributes, scripts and the head left out. */
const readable = (htmlText: string) =>
  htmlText
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*?(?:aria-label|alt|title)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The English labels a page in another language must not show. */
const ENGLISH_LABELS = [
  en.likeQuestion,
  en.leaveComment,
  en.submit,
  en.policy,
  en.requiredNote,
  en.cancelReply,
  en.skipToArticle,
  en.otherLanguages,
  'Comment(s)',
  'E-mail',
  ' By ',
  '>Like',
  '>Dislike',
  '>Reply',
];

const scriptWords = (htmlText: string) => JSON.parse(/<script type="application\/json" id="reader-words">([\s\S]*?)<\/script>/.exec(htmlText)?.[1] ?? 'null');

describe('the Dari page of the demo article', () => {
  let html: string;
  beforeAll(async () => {
    html = await page(`/fa-AF/articles/${DEMO_SLUG}`);
  });

  it('reads right to left, in Dari', () => {
    expect(html).toContain('<html lang="fa-AF" dir="rtl">');
    expect(html).toContain(`<h1 id="headline">${referenceArticleFa.title}</h1>`);
    expect(html).toMatch(/<p class="standfirst">ترجمهٔ نمایشی: /);
    expect(html).toContain('<span class="dateline">کابل --</span> مقام‌های افغان');
    expect(html).toContain('<h2 class="subheading">اختلاف در میان طالبان</h2>');
    expect(html).toContain('<span class="credit">[الکساندر زملیانیچنکو/AFP]</span>');
  });

  it('has Dari words around the text: buttons, labels, the counter in Persian digits, the date in the solar calendar', () => {
    for (const words of [
      '<h2 id="reactions-title">آیا این گزارش را خوش دارید؟</h2>',
      'پسندیدم <span class="count" data-count="like">۰</span>',
      'نپسندیدم <span class="count" data-count="dislike">۰</span>',
      '<h2 id="comments-title"><span id="comment-count">۰</span> نظر</h2>',
      '<h3>نظر خود را بنویسید</h3>',
      '<summary>رهنمود نظردهی</summary>',
      '<label for="authorName">نام <span',
      '<label for="authorEmail">ایمیل (هرگز نشر نمی‌شود) <span',
      '<span class="remaining">۱۵۰۰</span> / ۱۵۰۰',
      '<button type="submit">فرستادن نظر</button>',
      '<a class="skip-link" href="#headline">رفتن به متن گزارش</a>',
      '<p class="byline">نوشتهٔ <a class="author"',
    ]) {
      expect(html).toContain(words);
    }
    expect(html).toMatch(/<p class="published"><time datetime="[^"]+">[^<]*[۰-۹]{4}، ساعت [۰-۹]{2}:[۰-۹]{2} \(UTC\)<\/time><\/p>/);
  });

  it('names its sections in Dari, in the navigation and the breadcrumb', () => {
    const text = readable(html);
    expect(text).toContain('جهان');
    expect(text).toContain('آسیا');
    expect(html).toContain('href="/fa-AF/sections/asia"');
    expect(text).not.toMatch(/\b(World|Asia)\b/);
  });

  it('shows none of the English labels', () => {
    const text = readable(html);
    for (const label of ENGLISH_LABELS) expect([label, text.includes(label)]).toEqual([label, false]);
  });

  it('gives its script the Dari words, and only the script’s', () => {
    const words = scriptWords(html);
    expect(words.lang).toBe('fa-AF');
    expect(words.messages.reply).toBe('پاسخ');
    expect(words.messages.likeQuestion).toBeUndefined();
  });

  it('links the English original, and the English page links it', async () => {
    expect(html).toMatch(/<a href="\/articles\/[^"]+" hreflang="en" lang="en" dir="ltr">English: Evidence mounts/);
    expect(await page(`/articles/${DEMO_SLUG}`)).toContain(`hreflang="fa-AF" lang="fa-AF" dir="rtl">دری: ${referenceArticleFa.title}</a>`);
  });

  it('lists on the Dari home front with Dari labels', async () => {
    const front = await page('/fa-AF/');
    expect(front).toContain('<html lang="fa-AF" dir="rtl">');
    expect(front).toContain(referenceArticleFa.title);
    expect(front).toContain('<a class="skip-link" href="#main">رفتن به گزارش‌ها</a>');
    expect(readable(front)).not.toMatch(/Skip to the stories|Latest|Top stories| By /);
  });

  it('says in Dari that an address has no article', async () => {
    const missing = await page('/fa-AF/articles/no-such-story', 404);
    expect(missing).toContain('<html lang="fa-AF" dir="rtl">');
    expect(missing).toContain('<h1>گزارش پیدا نشد</h1><p>در این نشانی گزارشی نیست.</p>');
  });
});

describe('a small article in Pashto and Urdu', () => {
  it.each([
    ['ps', 'آیا دا راپور مو خوښ شو؟', '<span id="comment-count">۱</span> تبصره', '<button type="submit">تبصره ولېږئ</button>', '<span class="remaining">۱۵۰۰</span> / ۱۵۰۰', '>ځواب</button>'],
    ['ur', 'کیا آپ کو یہ مضمون پسند آیا؟', '<span id="comment-count">0</span> تبصرے', '<button type="submit">تبصرہ بھیجیں</button>', '<span class="remaining">1500</span> / 1500', 'ابھی تک کوئی تبصرہ نہیں۔'],
  ])('%s: right to left, its own words around the text, no English label', async (locale, question, count, submit, counter, more) => {
    const html = await page(`/${locale}/articles/${SMALL}`);
    expect(html).toContain(`<html lang="${locale}" dir="rtl">`);
    for (const words of [`<h2 id="reactions-title">${question}</h2>`, count, submit, counter, more]) expect(html).toContain(words);
    const text = readable(html);
    for (const label of ENGLISH_LABELS) expect([label, text.includes(label)]).toEqual([label, false]);
    expect(scriptWords(html).lang).toBe(locale);
  });
});

describe('the English page', () => {
  it('keeps its English words', async () => {
    const html = await page(`/articles/${SMALL}`);
    expect(html).toContain('<html lang="en" dir="ltr">');
    for (const words of [
      '<h2 id="reactions-title">Do you like this article?</h2>',
      '<span id="comment-count">0</span> Comment(s)',
      '<button type="submit">Post comment</button>',
      '<span class="remaining">1500</span> / 1500',
      '<summary>Comment Policy</summary>',
    ]) {
      expect(html).toContain(words);
    }
    expect(html).toMatch(/<p class="published"><time datetime="[^"]+">\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} UTC<\/time><\/p>/);
    expect(scriptWords(html)).toMatchObject({ lang: 'en', messages: { reply: 'Reply' } });
  });
});

describe('the demo’s Dari version, seeded', () => {
  const ARTICLE = 'api::article.article';
  const STORE = { type: 'core', name: 'newsroom', key: 'demo-seeded' } as const;
  const dariRows = async (documentId: string) =>
    (await app.strapi.db.query(ARTICLE).findMany({ select: ['id'], where: { documentId, locale: 'fa-AF' }, orderBy: { id: 'asc' } })).map((row: { id: number }) => row.id);
  const demoId = async () => (await app.strapi.documents(ARTICLE).findFirst({ locale: 'en', filters: { slug: DEMO_SLUG } }))!.documentId;


  it('is the demo document’s fa-AF version, draft and published, made once', async () => {
    const documentId = await demoId();
    const rows = await dariRows(documentId);
    expect(rows).toHaveLength(2);
    const { seedDariTranslation } = await import('../../src/demo/seed');
    expect(await seedDariTranslation(app.strapi, documentId)).toBe(false);
    await seedAsDevelopment(app);
    expect(await dariRows(documentId)).toEqual(rows);
  });

  it('is added to a demo seeded before it, once; deleted afterwards, it stays deleted', async () => {
    const documentId = await demoId();
    await app.strapi.documents(ARTICLE).delete({ documentId, locale: 'fa-AF' });
    expect(await dariRows(documentId)).toEqual([]);
    const mark = (await app.strapi.store.get(STORE)) as Record<string, unknown>;
    await app.strapi.store.set({ ...STORE, value: { documentId: mark.documentId, at: mark.at, sections: true } });

    await seedAsDevelopment(app);
    const added = await dariRows(documentId);
    expect(added).toHaveLength(2);
    await app.http().get(`/fa-AF/articles/${DEMO_SLUG}`).expect(200);

    await app.strapi.documents(ARTICLE).delete({ documentId, locale: 'fa-AF' });
    await seedAsDevelopment(app);
    expect(await dariRows(documentId)).toEqual([]);
  });
});
