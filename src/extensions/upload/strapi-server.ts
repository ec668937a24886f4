import { makeCrops } from '../../api/image/crops/make';

/**
 * The upload plugin, extended so every photo uploaded (media library, REST, the document service,
 * a file replaced) also gets the three crops search engines and social networks ask for
 * (src/api/image/crops), cut around the centre: Strapi hands its responsive formats to the
 * provider and stores them on the file, so the crops are stored, served and deleted exactly as
 * thumbnail/small/medium/large are, whichever provider is configured. An Image's focal point
 * re-cuts them later (api::image.crops).
 */

/** The part of Strapi's image-manipulation service this wraps (its types are not exported). */
interface UploadedFile {
  name: string;
  hash: string;
  ext?: string;
  mime?: string;
  path?: string | null;
  filepath?: string;
  getStream: () => NodeJS.ReadableStream;
}
type Formats = Array<{ key: string; file: unknown } | undefined>;
interface ImageManipulation {
  generateResponsiveFormats: (file: UploadedFile) => Promise<Formats>;
  [name: string]: unknown;
}
interface UploadPlugin {
  services: Record<string, unknown>;
}

const readAll = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
};

export default (plugin: UploadPlugin): UploadPlugin => {
  const original = plugin.services['image-manipulation'] as ImageManipulation;
  plugin.services['image-manipulation'] = {
    ...original,
    // Called only for resizable images (jpeg, png, webp, tiff, gif, avif), on upload and on replace.
    async generateResponsiveFormats(file: UploadedFile): Promise<Formats> {
      const formats = await original.generateResponsiveFormats(file);
      const crops = await makeCrops(file.filepath ?? (await readAll(file.getStream())), file);
      return [...formats, ...crops];
    },
  };
  return plugin;
};
