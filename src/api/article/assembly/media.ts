import type { ImageView, StoredImage } from './types';

/**
 * Media URLs from the local upload provider are site-relative ("/uploads/x.jpg"); with PUBLIC_URL
 * set they become absolute so a front-end on another origin can use them as they are. URLs from
 * a cloud provider are already absolute and stay untouched.
 */
export const absoluteUrl = (url: string, publicUrl: string): string =>
  publicUrl && url.startsWith('/') ? `${publicUrl.replace(/\/+$/, '')}${url}` : url;

const positive = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** An Image as front-ends receive it, or null when it has no usable file (never half an image). */
export const toImageView = (image: StoredImage | null | undefined, publicUrl: string, captionOverride?: string | null): ImageView | null => {
  const file = image?.file;
  if (!image || !file?.url || !positive(file.width) || !positive(file.height) || !image.alt?.trim()) return null;

  const formats: ImageView['formats'] = {};
  for (const [name, format] of Object.entries(file.formats ?? {})) {
    if (format?.url && positive(format.width) && positive(format.height)) {
      formats[name] = { url: absoluteUrl(format.url, publicUrl), width: format.width, height: format.height };
    }
  }

  return {
    id: image.documentId,
    url: absoluteUrl(file.url, publicUrl),
    alt: image.alt.trim(),
    caption: captionOverride?.trim() || image.caption?.trim() || null,
    credit: image.credit?.trim() || null,
    width: file.width,
    height: file.height,
    formats,
    mime: file.mime ?? null,
  };
};
