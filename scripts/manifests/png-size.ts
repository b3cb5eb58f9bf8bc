/** Width and height of a PNG from its IHDR chunk (enough to check icon sizes without decoding). */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** PNG colour type 6 (RGBA) or 4 (grey + alpha): the image can be transparent. */
export function pngHasAlpha(png: Uint8Array): boolean {
  return png.length > 25 && (png[25] === 6 || png[25] === 4);
}
