/**
 * What `npm run new` writes where only the village knows the truth: sample measurements and map point,
 * a tour's usual terms to confirm, a paragraph and tour stops to rewrite, a name to translate. The scaffold writes these words and the content
 * check looks for them (tools/content-check/placeholders.ts), so a sample value cannot go live as a fact.
 * One list, so the two cannot drift apart.
 */
export const PLACEHOLDER = {
  measure: 'ĐO LẠI cho đúng',
  weigh: 'CÂN LẠI cho đúng',
  locate: 'LẤY LẠI tọa độ của làng',
  confirm: 'XÁC NHẬN LẠI cho đúng',
  rewriteVi: '(VIẾT LẠI)',
  rewriteEn: '(REWRITE)',
  paragraphVi: 'Viết lại đoạn này:',
  paragraphEn: 'Rewrite this paragraph:',
  untranslated: 'CHƯA DỊCH — TRANSLATE ME',
} as const;

export type PlaceholderKind = keyof typeof PLACEHOLDER;

export const PARAGRAPH_VI = `*(${PLACEHOLDER.paragraphVi} vài câu về cách làm, người làm và điều đặc biệt.)*`;
export const PARAGRAPH_EN = `*(${PLACEHOLDER.paragraphEn} a few sentences on how it is made, by whom, and what is special.)*`;

/**
 * Written into the EXIF description of the stand-in picture `npm run new` makes, so the check can tell
 * it from a photo; a real photo uploaded under the same name does not carry it.
 */
export const PLACEHOLDER_IMAGE_NOTE =
  'Stand-in picture written by npm run new: replace with a photo';

export const isPlaceholderImage = (exif: Buffer | undefined): boolean =>
  exif !== undefined && exif.toString('latin1').includes(PLACEHOLDER_IMAGE_NOTE);
