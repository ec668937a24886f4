import type { Catalogue } from './types';

/**
 * Dari (fa-AF), in Persian script with Afghan usage (نشر, تشکر, کوشش, انترنت). Also used for any
 * other `fa` locale the newsroom might add. Intl gives fa-AF Persian digits and the solar hijri
 * calendar with the Afghan month names (جدی, حمل ...).
 */
export const fa: Catalogue = {
  dateTime: { pattern: '{weekday} {day} {month} {year}، ساعت {hour}:{minute} (UTC)', weekday: 'long', month: 'long', day: 'numeric' },
  listSeparator: '، ',

  by: 'نوشتهٔ',
  skipToArticle: 'رفتن به متن گزارش',
  related: 'گزارش‌های مرتبط',
  otherLanguages: 'این گزارش به زبان‌های دیگر',

  likeQuestion: 'آیا این گزارش را خوش دارید؟',
  like: 'پسندیدم',
  dislike: 'نپسندیدم',
  reactionSaved: 'از پاسخ شما تشکر.',
  reactionFailed: 'پاسخ شما ثبت نشد. لطفاً دوباره کوشش کنید.',

  commentsTitle: { one: '{count} نظر', other: '{count} نظر' },
  commentBy: 'نظر {name}',
  reply: 'پاسخ',
  replyingTo: 'در پاسخ به {name}.',
  replyingToAComment: 'در پاسخ به یک نظر.',
  cancelReply: 'لغو پاسخ',
  moreComments: 'نظرهای بیشتر',
  noComments: 'هنوز نظری نوشته نشده است.',
  closed: 'بخش نظرها برای این گزارش بسته است.',

  leaveComment: 'نظر خود را بنویسید',
  policy: 'رهنمود نظردهی',
  policyText: 'نظرها پیش از نشر توسط یک ناظر خوانده می‌شوند. با احترام بنویسید و از موضوع دور نشوید؛ تنها متن ساده پذیرفته می‌شود.',
  requiredNote: 'خانهٔ ضروری را نشان می‌دهد',
  name: 'نام',
  email: 'ایمیل (هرگز نشر نمی‌شود)',
  comment: 'نظر',
  website: 'وب‌سایت',
  submit: 'فرستادن نظر',
  counter: '{remaining} / {max}',
  commentPublished: 'تشکر: نظر شما نشر شد. برای دیدن آن، صفحه را دوباره باز کنید.',
  commentAwaiting: 'تشکر: نظر شما در انتظار بررسی است و پس از تأیید ناظر نشر می‌شود.',
  commentFailed: 'نظر شما فرستاده نشد. لطفاً دوباره کوشش کنید.',
  commentNotSent: 'نظر شما فرستاده نشد: اتصال انترنت خود را بررسی کنید و دوباره کوشش کنید.',
  checkField: 'لطفاً این خانه را بررسی کنید.',

  errorBodyRequired: 'لطفاً نظر خود را بنویسید: خانهٔ نظر ضروری است.',
  errorBodyTooLong: 'نظر شما {length} حرف دارد؛ حد آن {max} حرف است.',
  errorBodyTooLongInMarks: 'نظر شما برای ذخیره بسیار طولانی است: با اعراب و نشانه‌هایش بیش از {max} نویسه دارد. لطفاً آن را کوتاه کنید.',
  errorNameRequired: 'لطفاً نام خود را بنویسید: خانهٔ نام ضروری است.',
  errorNameTooLong: 'نام شما حداکثر می‌تواند {max} حرف داشته باشد.',
  errorNameTooLongInMarks: 'نام شما برای ذخیره بسیار طولانی است: با اعراب و نشانه‌هایش بیش از {max} نویسه دارد.',
  errorEmailRequired: 'لطفاً نشانی ایمیل خود را بنویسید: خانهٔ ایمیل ضروری است.',
  errorEmailInvalid: 'لطفاً یک نشانی ایمیل درست بنویسید، مانند name@example.org.',
  errorDuplicate: 'شما این نظر را پیش‌تر زیر همین گزارش فرستاده‌اید؛ دوباره نشر نمی‌شود.',
  errorParent: 'به این نظر دیگر نمی‌توان پاسخ داد: به نظری بالاتر در همین رشته پاسخ دهید یا نظر تازه‌ای بنویسید.',
  errorNoArticle: 'این گزارش دیگر در دسترس نیست.',
  errorTooMany: {
    one: 'از نشانی شما کوشش‌های زیادی شده است: لطفاً {count} ثانیه صبر کنید و دوباره کوشش کنید.',
    other: 'از نشانی شما کوشش‌های زیادی شده است: لطفاً {count} ثانیه صبر کنید و دوباره کوشش کنید.',
  },

  noteTypes: { correction: 'اصلاحیه', clarification: 'توضیح', update: 'معلومات تازه', 'editors-note': 'یادداشت ویراستار' },
  correctedOn: 'این گزارش در {time} اصلاح شد.',
  seeCorrections: 'دیدن اصلاحیه',
  correctionsTitle: 'اصلاحیه‌ها و معلومات تازه',

  home: 'صفحهٔ نخست',
  sections: 'بخش‌ها',
  breadcrumb: 'مسیر صفحه',
  skipToStories: 'رفتن به گزارش‌ها',
  latestFrom: 'تازه‌ترین گزارش‌های {site}',
  topStories: 'گزارش‌های برگزیده',
  latest: 'تازه‌ترین‌ها',
  inThisSection: 'در این بخش',
  articlesBy: 'گزارش‌های {name}',
  pages: 'صفحه‌های بیشتر',
  olderStories: 'گزارش‌های پیشین',
  newestStories: 'بازگشت به تازه‌ترین گزارش‌ها',
  noStories: 'هنوز گزارشی نیست.',
  teaserComments: { one: '{count} نظر', other: '{count} نظر' },

  notFound: 'صفحه پیدا نشد',
  articleNotFound: 'گزارش پیدا نشد',
  noPageHere: 'در این نشانی صفحه‌ای نیست.',
  noArticleHere: 'در این نشانی گزارشی نیست.',
  badRequest: 'این نشانی درست نیست',
  startAgain: 'از صفحهٔ اول دوباره آغاز کنید.',

  previewBand: 'پیش‌نمایش — نشر نشده',
  previewNote: 'خوانندگان هنوز این نسخه را نمی‌بینند. واکنش‌ها و نظرها پس از نشر باز می‌شوند.',
};
