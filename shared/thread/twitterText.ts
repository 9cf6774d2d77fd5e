import * as twitterTextModule from 'twitter-text';
import type { ParsedTweet, ParseTweetOptions, UrlWithIndices } from 'twitter-text';

// twitter-text ships CommonJS (`module.exports = {…}`) for Node and an ESM build whose only export
// is a default object (Vite). Node's ESM loader then sees a namespace with just `default`, esbuild
// and Vite with both: take whichever holds the functions, typed by @types/twitter-text.
type TwitterText = {
  parseTweet(text: string, options?: ParseTweetOptions): ParsedTweet;
  extractUrlsWithIndices(text: string, options?: { extractUrlsWithoutProtocol: boolean }): UrlWithIndices[];
  configs: { defaults: ParseTweetOptions };
};

const namespace = twitterTextModule as unknown as Partial<TwitterText> & { default?: TwitterText };
export const twitterText: TwitterText =
  typeof namespace.parseTweet === 'function' ? (namespace as TwitterText) : (namespace.default as TwitterText);
