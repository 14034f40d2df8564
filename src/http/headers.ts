/**
 * Response headers with the Fetch `Headers` interface (https://fetch.spec.whatwg.org/#headers-class),
 * built from what `node:http` received, so that reading an answer's headers never touches the
 * global `Headers`: in Node that global is a lazy getter that loads Node's internal copy of undici
 * (about 30 ms at start-up), which the node:http transport (src/http/transport.ts) has no other use for.
 */

/** Header names as Fetch reports them: lower case. */
const lower = (name: string): string => name.toLowerCase();

/**
 * A `Headers` over a list of name/value pairs. Names are case-insensitive; `get` joins repeated
 * values with `, ` as Fetch does; iteration is sorted by name with the values of one name
 * combined, except `set-cookie`, whose values come one by one
 * (https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine).
 * Values are stored as given (node:http has already parsed and validated them).
 */
export class ResponseHeaders implements Headers {
  /** Lower-case name → values in arrival order. */
  private readonly map = new Map<string, string[]>();

  /**
   * @param raw alternating names and values, as `IncomingMessage.rawHeaders`
   *   (https://nodejs.org/api/http.html#messagerawheaders), e.g. `['Content-Type', 'text/html', …]`
   */
  constructor(raw: readonly string[] = []) {
    for (let index = 0; index + 1 < raw.length; index += 2) {
      this.append(raw[index] as string, raw[index + 1] as string);
    }
  }

  append(name: string, value: string): void {
    const key = lower(name);
    const values = this.map.get(key);
    if (values) values.push(value);
    else this.map.set(key, [value]);
  }

  delete(name: string): void {
    this.map.delete(lower(name));
  }

  get(name: string): string | null {
    return this.map.get(lower(name))?.join(', ') ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.map.get('set-cookie') ?? [])];
  }

  has(name: string): boolean {
    return this.map.has(lower(name));
  }

  set(name: string, value: string): void {
    this.map.set(lower(name), [value]);
  }

  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *entries(): HeadersIterator<[string, string]> {
    for (const key of [...this.map.keys()].sort()) {
      const values = this.map.get(key) as string[];
      if (key === 'set-cookie') for (const value of values) yield [key, value];
      else yield [key, values.join(', ')];
    }
  }

  *keys(): HeadersIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): HeadersIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.entries();
  }
}

/** What the generator methods return: an iterator that is its own iterable, as `Headers` requires. */
type HeadersIterator<T> = Generator<T, undefined, unknown>;
