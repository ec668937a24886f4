/**
 * The three crops search engines and social networks ask of an article's photo (Google's article
 * guidance: 16:9, 4:3 and 1:1, each at least 1,200 px wide), and where each is cut from a photo:
 * the largest region at that ratio, centred on the photo's focal point as far as the edges allow.
 * Pure: the upload (make.ts) and the focal point's changes (services/crops.ts) both cut with it.
 */

export interface CropSpec {
  /** The key among the file's formats, beside Strapi's thumbnail/small/medium/large. */
  key: string;
  /** As schema.org and the README write it. */
  ratio: '16:9' | '4:3' | '1:1';
  across: number;
  down: number;
}

export const CROPS: readonly CropSpec[] = [
  { key: 'crop_16x9', ratio: '16:9', across: 16, down: 9 },
  { key: 'crop_4x3', ratio: '4:3', across: 4, down: 3 },
  { key: 'crop_1x1', ratio: '1:1', across: 1, down: 1 },
];

/** Google asks for at least 1,200 px: a wider region is scaled down to exactly this. */
export const CROP_WIDTH = 1200;

/** Where in the photo the subject is, as fractions of its width and height from the top left. */
export interface FocalPoint {
  x: number;
  y: number;
}

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

export const isCropKey = (key: string): boolean => CROPS.some((crop) => crop.key === key);

/** An Image's stored focal point, the centre where it has none. */
export const focalPointOf = (image: { focalX?: number | null; focalY?: number | null }): FocalPoint => ({
  x: typeof image.focalX === 'number' ? image.focalX : CENTRE.x,
  y: typeof image.focalY === 'number' ? image.focalY : CENTRE.y,
});

/** The problem with one coordinate of a focal point, or null when it is a number from 0 to 1 (or unset). */
export const focalProblem = (value: unknown): string | null =>
  value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1)
    ? null
    : 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)';

export interface CropRegion {
  /** The region of the original, in its pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The crop's own size: CROP_WIDTH wide, or the region's width when the photo is narrower. */
  outWidth: number;
  outHeight: number;
  /** True when the photo is too small for CROP_WIDTH at this ratio: the crop is the widest it allows. */
  widestPossible: boolean;
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

export const cropRegion = (photo: { width: number; height: number }, crop: CropSpec, focal: FocalPoint): CropRegion => {
  // The largest region at the ratio: the photo's full width, or its full height when that is too tall.
  let width = photo.width;
  let height = Math.round((photo.width * crop.down) / crop.across);
  if (height > photo.height) {
    height = photo.height;
    width = Math.min(photo.width, Math.round((photo.height * crop.across) / crop.down));
  }
  const left = clamp(Math.round(focal.x * photo.width - width / 2), 0, photo.width - width);
  const top = clamp(Math.round(focal.y * photo.height - height / 2), 0, photo.height - height);
  const outWidth = Math.min(width, CROP_WIDTH);
  return {
    left,
    top,
    width,
    height,
    outWidth,
    outHeight: Math.max(1, Math.round((outWidth * crop.down) / crop.across)),
    widestPossible: width < CROP_WIDTH,
  };
};
