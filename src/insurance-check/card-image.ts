/**
 * Shrinks a photo of an insurance card in the browser before it is sent: a JPEG of at most
 * 1600 px on the long side and about 400 KB, stepping the quality (and then the size) down until
 * it fits. Phone photos are 3–12 MB; sending them as they are would be slow on a bad connection.
 */

export const MAX_SIDE = 1600;
export const MAX_BYTES = 400_000;
/** Larger files are refused before decoding, to keep memory use sane on phones. */
const MAX_INPUT_BYTES = 40 * 1024 * 1024;
const QUALITIES = [0.85, 0.72, 0.6, 0.48];

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string);
    reader.onerror = fail;
    reader.readAsDataURL(blob);
  });
}

/**
 * The image as a `data:image/jpeg;base64,…` URL within the limits. Rejects when the file is not
 * an image the browser can decode.
 */
export async function shrinkImage(file: Blob, maxSide = MAX_SIDE, maxBytes = MAX_BYTES): Promise<string> {
  if (!file.type.startsWith('image/') || file.size > MAX_INPUT_BYTES) throw new Error('not an image');
  // Applies the photo's EXIF orientation, so a card shot in portrait is not sent sideways.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = bitmap;
    for (let round = 0, scale = Math.min(1, maxSide / Math.max(width, height)); round < 8; round++) {
      const w = Math.max(1, Math.round(width * scale));
      const h = Math.max(1, Math.round(height * scale));
      const canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
      // A fresh canvas always has a 2d context.
      const context = canvas.getContext('2d')!;
      // JPEG has no transparency: a transparent PNG would otherwise turn black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, w, h);
      context.drawImage(bitmap, 0, 0, w, h);
      for (const quality of QUALITIES) {
        const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', quality));
        if (blob && (blob.size <= maxBytes || w * h < 4096)) return toDataUrl(blob);
      }
      scale *= 0.75;
    }
    throw new Error('could not shrink');
  } finally {
    bitmap.close();
  }
}
