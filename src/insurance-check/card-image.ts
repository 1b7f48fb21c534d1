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

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((done) => canvas.toBlob(done, 'image/jpeg', quality));
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => fail(reader.error);
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
    let scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    for (let round = 0; round < 8; round++) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      // JPEG has no transparency: a transparent PNG would otherwise turn black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of QUALITIES) {
        const blob = await toBlob(canvas, quality);
        if (blob && (blob.size <= maxBytes || canvas.width * canvas.height < 4096)) return toDataUrl(blob);
      }
      scale *= 0.75;
    }
    throw new Error('could not shrink');
  } finally {
    bitmap.close();
  }
}
