/**
 * A small push XML tokenizer for reports of any size: chunks in, open/close/text events out, with
 * memory bounded by the longest tag (MAX_MARKUP), whatever the document size. It checks what a
 * reader of test reports needs (tags nest and close, one root, quoted attributes) and never expands
 * entities other than the five predefined ones and character references: a DTD is skipped, so entity
 * bombs cannot grow. Linear in its input: every character is looked at a bounded number of times.
 */

/** Longest tag (with its attributes), comment or processing instruction read whole. */
export const MAX_MARKUP = 1024 * 1024;

export interface XmlHandler {
  /** `attributes`: each name once, the first one written */
  open(name: string, attributes: Map<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** decoded character data (text and CDATA), in pieces of any size */
  text(data: string): void;
  /** optional: true while `text` would do nothing with what it gets, so it is not decoded nor passed */
  ignoresText?(): boolean;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAME = /^[^\s/>!?]+/;

/** Decodes the predefined entities and character references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named] ?? whole;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

type Mode = 'text' | 'cdata';

export class XmlStream {
  private buffer = '';
  private mode: Mode = 'text';
  private readonly stack: string[] = [];
  private sawRoot = false;
  private line = 1;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer = this.buffer ? this.buffer + chunk : chunk;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    if (this.mode === 'cdata') this.fail('a CDATA section is not closed');
    if (this.buffer.trim()) this.fail('the document ends inside a tag');
    if (this.stack.length > 0) this.fail(`<${this.stack[this.stack.length - 1] ?? ''}> is not closed`);
    if (!this.sawRoot) this.fail('no root element');
  }

  private fail(message: string): never {
    throw new XmlSyntaxError(message, this.line);
  }

  private consume(upto: number): string {
    const taken = this.buffer.slice(0, upto);
    this.buffer = this.buffer.slice(upto);
    for (let i = taken.indexOf('\n'); i >= 0; i = taken.indexOf('\n', i + 1)) this.line += 1;
    return taken;
  }

  private drain(final: boolean): void {
    for (;;) {
      if (this.mode === 'cdata') {
        if (!this.cdata(final)) return;
        continue;
      }
      const lt = this.buffer.indexOf('<');
      if (lt !== 0) {
        // text up to the next tag; an entity cut by the chunk boundary waits for the next chunk
        let upto = lt < 0 ? this.buffer.length : lt;
        if (lt < 0 && !final) {
          const amp = this.buffer.lastIndexOf('&');
          if (amp >= 0 && amp > this.buffer.length - 12 && !this.buffer.includes(';', amp)) upto = amp;
        }
        if (upto > 0) this.onText(this.consume(upto));
        if (lt < 0) return;
      }
      if (!this.markup(final)) return;
    }
  }

  private onText(raw: string): void {
    if (this.stack.length === 0) {
      if (raw.trim()) this.fail('text outside the root element');
      return;
    }
    if (this.handler.ignoresText?.() !== true) this.handler.text(decodeEntities(raw));
  }

  /** Streams CDATA content; true when the section closed. */
  private cdata(final: boolean): boolean {
    const end = this.buffer.indexOf(']]>');
    if (end < 0) {
      const keep = final ? 0 : 2;
      if (this.buffer.length > keep) this.cdataText(this.consume(this.buffer.length - keep));
      return false;
    }
    if (end > 0) this.cdataText(this.consume(end));
    this.consume(3);
    this.mode = 'text';
    return true;
  }

  private cdataText(data: string): void {
    if (this.handler.ignoresText?.() !== true) this.handler.text(data);
  }

  /** Reads one piece of markup at the start of the buffer; false when it is not complete yet. */
  private markup(final: boolean): boolean {
    const b = this.buffer;
    if (b.startsWith('<![CDATA[')) {
      if (this.stack.length === 0) this.fail('CDATA outside the root element');
      this.consume(9);
      this.mode = 'cdata';
      return true;
    }
    if (b.length < 9 && !final && '<![CDATA['.startsWith(b)) return false;
    if (b.startsWith('<!--')) return this.skipTo('-->', final);
    if (b.startsWith('<?')) return this.skipTo('?>', final);
    if (b.startsWith('<!')) return this.skipDoctype(final);
    const end = tagEnd(b);
    if (end < 0) {
      if (b.length > MAX_MARKUP) this.fail(`a tag is longer than ${MAX_MARKUP / 1024} KiB`);
      if (final) this.fail('the document ends inside a tag');
      return false;
    }
    const tag = this.consume(end + 1);
    if (tag.startsWith('</')) this.closeTag(tag.slice(2, -1).trim());
    else this.openTag(tag);
    return true;
  }

  private skipTo(terminator: string, final: boolean): boolean {
    const end = this.buffer.indexOf(terminator);
    if (end < 0) {
      if (this.buffer.length > MAX_MARKUP) this.fail(`a comment or instruction is longer than ${MAX_MARKUP / 1024} KiB`);
      if (final) this.fail('the document ends inside a comment or instruction');
      return false;
    }
    this.consume(end + terminator.length);
    return true;
  }

  /** `<!DOCTYPE …>` with an optional internal subset: skipped, its entities never defined. */
  private skipDoctype(final: boolean): boolean {
    const b = this.buffer;
    const bracket = b.indexOf('[');
    const close = b.indexOf('>');
    if (close >= 0 && (bracket < 0 || close < bracket)) {
      this.consume(close + 1);
      return true;
    }
    const end = bracket >= 0 ? b.indexOf(']>', bracket) : -1;
    if (end >= 0) {
      this.consume(end + 2);
      return true;
    }
    if (b.length > MAX_MARKUP) this.fail(`a DOCTYPE is longer than ${MAX_MARKUP / 1024} KiB`);
    if (final) this.fail('the document ends inside a DOCTYPE');
    return false;
  }

  private openTag(tag: string): void {
    const selfClosing = tag.endsWith('/>');
    const body = tag.slice(1, selfClosing ? -2 : -1);
    const name = NAME.exec(body)?.[0];
    if (!name) this.fail(`a tag without a name: ${tag.slice(0, 40)}`);
    if (this.stack.length === 0) {
      if (this.sawRoot) this.fail(`a second root element <${name}>`);
      this.sawRoot = true;
    }
    // a Map: an object's keyed stores and `in` with ever new names were a fifth of the time
    const attributes = new Map<string, string>();
    if (body.length > name.length) {
      // an exec loop, not matchAll (which copies the regex for every tag)
      ATTRIBUTE.lastIndex = name.length;
      for (let m = ATTRIBUTE.exec(body); m; m = ATTRIBUTE.exec(body)) {
        const key = m[1] ?? '';
        if (key && !attributes.has(key)) attributes.set(key, decodeEntities(m[2] ?? m[3] ?? ''));
      }
    }
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) this.handler.close(name);
    else this.stack.push(name);
  }

  private closeTag(name: string): void {
    const open = this.stack.pop();
    if (open === undefined) this.fail(`</${name}> closes nothing`);
    if (open !== name) this.fail(`</${name}> closes <${open}>`);
    this.handler.close(name);
  }
}

/** Index of the `>` that ends the tag at the start of `text` (quotes respected), or -1. */
function tagEnd(text: string): number {
  let quote = 0;
  for (let i = 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}
