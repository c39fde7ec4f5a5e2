// cli-progress ships no types; only what progress.ts uses.
declare module 'cli-progress' {
  interface Options {
    stream?: NodeJS.WritableStream;
    format?: string;
    hideCursor?: boolean;
    clearOnComplete?: boolean;
    etaBuffer?: number;
  }
  class SingleBar {
    constructor(options: Options, preset?: object);
    start(total: number, value: number): void;
    setTotal(total: number): void;
    increment(delta?: number): void;
    stop(): void;
  }
  const Presets: { shades_classic: object };
  const _default: { SingleBar: typeof SingleBar; Presets: typeof Presets };
  export default _default;
}
