// The slice of dcmjs 0.51 this folder uses (the package ships no types). Values are kept loose on
// purpose: the de-identifier checks every shape it reads rather than trusting a declaration.
declare module 'dcmjs' {
  export type DcmjsElement = { vr: string; Value?: unknown[]; _rawValue?: unknown };
  export type DcmjsDataset = Record<string, DcmjsElement>;
  export type DcmjsWriteOptions = { allowInvalidVRLength?: boolean; fragmentMultiframe?: boolean };
  class DicomDict {
    constructor(meta: DcmjsDataset);
    meta: DcmjsDataset;
    dict: DcmjsDataset;
    write(options?: DcmjsWriteOptions): ArrayBuffer;
  }
  export type DictionaryEntry = { tag: string; vr: string; vm: string; name: string; version?: string };
  type Logger = { setLevel(level: string): void };
  const dcmjs: {
    data: {
      DicomMessage: {
        readFile(
          buffer: ArrayBuffer,
          options?: { ignoreErrors?: boolean; untilTag?: string | null; includeUntilTagValue?: boolean; noCopy?: boolean; forceStoreRaw?: boolean },
        ): DicomDict;
      };
      DicomDict: typeof DicomDict;
      DicomMetaDictionary: {
        dictionary: Record<string, DictionaryEntry | undefined>;
        nameMap: Record<string, DictionaryEntry | undefined>;
      };
    };
    log: Logger & { getLogger(name: string): Logger };
  };
  export default dcmjs;
}
