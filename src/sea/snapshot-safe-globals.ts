/**
 * 进快照的对象里不能有本机（C++/ICU）资源：V8 存不下它们，生成快照时直接崩溃（"global handle not serialized"）。
 * TextDecoder 解码一次后握着 ICU 的转换器，Intl.Segmenter（模块加载时建好的分词器）握着 ICU 的断词器。
 * 打包可执行程序时（scripts/dist.ts 的 inject）代码里的 TextDecoder、Intl.Segmenter 换成这里的同名类：
 * 真正的对象在第一次用时才建，生成快照前 releaseNativeResources() 把它们都放掉，运行时再建。
 */
const RealTextDecoder = globalThis.TextDecoder;
const RealSegmenter = Intl.Segmenter;
const live = new Set<WeakRef<object>>();
const real = new WeakMap<object, object>();

function lazily<T extends object>(owner: object, make: () => T): T {
  let r = real.get(owner) as T | undefined;
  if (!r) real.set(owner, (r = make()));
  return r;
}

class SnapshotSafeTextDecoder {
  readonly #label: string | undefined;
  readonly #options: TextDecoderOptions | undefined;
  constructor(label?: string, options?: TextDecoderOptions) {
    this.#label = label;
    this.#options = options;
    live.add(new WeakRef(this));
  }
  #decoder(): InstanceType<typeof RealTextDecoder> {
    return lazily(this, () => new RealTextDecoder(this.#label, this.#options));
  }
  decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    return this.#decoder().decode(input, options);
  }
  get encoding(): string {
    return this.#decoder().encoding;
  }
  get fatal(): boolean {
    return this.#decoder().fatal;
  }
  get ignoreBOM(): boolean {
    return this.#decoder().ignoreBOM;
  }
}

class SnapshotSafeSegmenter {
  readonly #locales: string | string[] | undefined;
  readonly #options: Intl.SegmenterOptions | undefined;
  constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
    live.add(new WeakRef(this));
  }
  #segmenter(): Intl.Segmenter {
    return lazily(this, () => new RealSegmenter(this.#locales, this.#options));
  }
  segment(input: string): Intl.Segments {
    return this.#segmenter().segment(input);
  }
  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#segmenter().resolvedOptions();
  }
}

export { SnapshotSafeTextDecoder as TextDecoder, SnapshotSafeSegmenter as 'Intl.Segmenter' };

/** 生成快照之前调用：放掉所有解码器握着的本机资源（V8 生成快照前会回收内存，不再被引用的就释放了）。 */
export function releaseNativeResources(): void {
  for (const ref of live) {
    const d = ref.deref();
    if (d) real.delete(d);
    else live.delete(ref);
  }
}
