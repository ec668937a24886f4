import sharp from 'sharp';

/**
 * The reference article's photos are not ours to ship: the demo uses labelled placeholder JPEGs,
 * drawn from an SVG, at a news-photo size so the upload plugin makes every responsive format.
 */
export const PLACEHOLDER_WIDTH = 1200;
export const PLACEHOLDER_HEIGHT = 800;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const placeholderJpeg = async (label: string, credit: string): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PLACEHOLDER_WIDTH}" height="${PLACEHOLDER_HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#5b6b7a"/><stop offset="1" stop-color="#2f3a45"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <rect x="40" y="40" width="${PLACEHOLDER_WIDTH - 80}" height="${PLACEHOLDER_HEIGHT - 80}" fill="none" stroke="#c9d2db" stroke-width="4" stroke-dasharray="18 12"/>
  <text x="50%" y="44%" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="46" fill="#ffffff">${escapeXml(label)}</text>
  <text x="50%" y="55%" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#dfe6ec">Placeholder photo · credit: ${escapeXml(credit)}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
};
