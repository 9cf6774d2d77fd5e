// A decompression bomb is a small file that decodes to billions of pixels; anything above this
// is refused before decoding. 100 MP is above every phone and DSLR photo we expect to see.
export const MAX_IMAGE_PIXELS = 100_000_000;
export const THUMBNAIL_SIZE = 512;
