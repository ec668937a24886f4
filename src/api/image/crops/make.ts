import { Readable } from 'stream';
import sharp from 'sharp';
import { CENTRE, CROPS, cropRegion, type FocalPoint } from './geometry';

/**
 * Cuts the three crops from a photo with sharp, as files the upload plugin's provider stores
 * like Strapi's own formats (local folder, S3): the same name/hash/ext/mime/size fields, plus
 * what the crop is (its ratio, the focal point it was cut around, whether the photo was too narrow
 * for 1,200 px). Nothing is written here: the caller hands each file to the provider.
 */

/** What of the original a crop is named and typed after. */
export interface SourceFile {
  name: string;
  hash: string;
  ext?: string | null;
  mime?: string | null;
  path?: string | null;
}

/** A crop as the file's `formats` keep it (Strapi's format fields and ours). */
export interface CropFormat {
  name: string;
  hash: string;
  ext: string | null;
  mime: string | null;
  path: string | null;
  width: number;
  height: number;
  size: number;
  sizeInBytes: number;
  url?: string;
  ratio: string;
  focalX: number;
  focalY: number;
  widestPossible: boolean;
}

/** A crop before upload: the provider reads it through getStream and sets its url. */
export type CropFile = CropFormat & { getStream: () => Readable };

/** A hash part per focal point, so a re-cut crop has a new address (a CDN never serves the old one). */
const focalTag = (focal: FocalPoint): string => `${Math.round(focal.x * 1000)}_${Math.round(focal.y * 1000)}`;

export const makeCrops = async (source: string | Buffer, file: SourceFile, focal: FocalPoint = CENTRE): Promise<Array<{ key: string; file: CropFile }>> => {
  // Turned as the camera held it (EXIF), as the reader sees the original.
  const oriented = await sharp(source).rotate().toBuffer({ resolveWithObject: true });
  const photo = { width: oriented.info.width, height: oriented.info.height };
  const sameFocal = focal.x === CENTRE.x && focal.y === CENTRE.y;
  return Promise.all(
    CROPS.map(async (crop) => {
      const region = cropRegion(photo, crop, focal);
      const buffer = await sharp(oriented.data)
        .extract({ left: region.left, top: region.top, width: region.width, height: region.height })
        .resize({ width: region.outWidth, height: region.outHeight, fit: 'fill' })
        .toBuffer();
      const hash = sameFocal ? `${crop.key}_${file.hash}` : `${crop.key}_${file.hash}_${focalTag(focal)}`;
      return {
        key: crop.key,
        file: {
          name: `${crop.key}_${file.name}`,
          hash,
          ext: file.ext ?? null,
          mime: file.mime ?? null,
          path: file.path ?? null,
          width: region.outWidth,
          height: region.outHeight,
          size: Math.round((buffer.length / 1000) * 100) / 100,
          sizeInBytes: buffer.length,
          ratio: crop.ratio,
          focalX: focal.x,
          focalY: focal.y,
          widestPossible: region.widestPossible,
          getStream: () => Readable.from(buffer),
        },
      };
    })
  );
};
