import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { CROPS, focalPointOf, type FocalPoint } from '../crops/geometry';
import { makeCrops, type CropFile, type CropFormat } from '../crops/make';

/**
 * The crops of an Image's photo follow its focal point (fields focalX and focalY, 0 to 1 from the
 * top left; the centre when unset): the upload cut them around the centre
 * (src/extensions/upload), and a save of the Image with another focal point, or another photo,
 * cuts them again here. The new crops are stored through the upload provider under new names,
 * the file's formats updated (which drops every cached page showing it), then the old crops
 * deleted.
 */

interface StoredFile {
  id: number;
  name: string;
  hash: string;
  ext?: string | null;
  mime?: string | null;
  url?: string | null;
  provider?: string | null;
  formats?: Record<string, Partial<CropFormat> & { url?: string }> | null;
}
interface ImageRow {
  id: number;
  focalX?: number | null;
  focalY?: number | null;
  file?: StoredFile | null;
}

/** The provider service's upload (the plugin's own wrapper: streams or buffers as the provider wants). */
interface ProviderService {
  upload(file: CropFile): Promise<void>;
}
/** The configured provider itself, which deletes a stored format by its hash and extension (or url). */
interface Provider {
  delete(file: Partial<CropFormat>): Promise<void>;
}

const cutAround = (file: StoredFile, focal: FocalPoint): boolean =>
  CROPS.every(({ key }) => file.formats?.[key]?.focalX === focal.x && file.formats?.[key]?.focalY === focal.y);

/** A crop as the file row keeps it: the format's fields, without the stream the provider read. */
const stored = ({ getStream: _stream, ...format }: CropFile): CropFormat => format;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The original's bytes: from the public folder for the local provider, over HTTP from a cloud one. */
  const original = async (url: string): Promise<Buffer> => {
    if (url.startsWith('/')) return fs.readFile(path.join(strapi.dirs.static.public, url));
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The photo at ${url} answered ${response.status}.`);
    return Buffer.from(await response.arrayBuffer());
  };

  return {
    /** Cuts the Image's crops again when they are not cut around its focal point; true when it did. */
    async follow(imageId: number): Promise<boolean> {
      const image = (await strapi.db.query('api::image.image').findOne({
        where: { id: imageId },
        select: ['id', 'focalX', 'focalY'],
        populate: { file: true },
      })) as ImageRow | null;
      const file = image?.file;
      if (!image || !file?.url || !file.mime?.startsWith('image/')) return false;
      const focal = focalPointOf(image);
      if (cutAround(file, focal)) return false;

      const crops = await makeCrops(await original(file.url), { ...file, ext: file.ext ?? null }, focal);
      const provider = strapi.plugin('upload').service('provider') as unknown as ProviderService;
      for (const crop of crops) await provider.upload(crop.file);

      const before = file.formats ?? {};
      await strapi.db.query('plugin::upload.file').update({
        where: { id: file.id },
        data: { formats: { ...before, ...Object.fromEntries(crops.map((crop) => [crop.key, stored(crop.file)])) } },
      });
      // The old crops go once nothing points at them; another provider's files are not ours to delete.
      if (file.provider === strapi.config.get('plugin::upload.provider')) {
        const renamed = new Set(crops.map((crop) => crop.file.hash));
        for (const { key } of CROPS) {
          const old = before[key];
          if (old?.hash && !renamed.has(old.hash)) await (strapi.plugin('upload').provider as Provider).delete(old);
        }
      }
      return true;
    },
  };
};
