export const id = 997;
export const ids = [997];
export const modules = {

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ MAX_LINE),
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   fz: () => (/* binding */ WholeLineSplitter),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   oY: () => (/* binding */ indentAt),
/* harmony export */   te: () => (/* binding */ NextMatch)
/* harmony export */ });
/* unused harmony exports cleanLine, TailWindow */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Text primitives shared by the failure summaries and the engines: terminal control sequences,
 * line cleaning, and splitting a stream of chunks into lines with bounded memory.
 */


/** Longest line handed to a parser; the rest of an over-long line (minified code, base64 dumps) is dropped. */
const MAX_LINE = 4096;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
// after an ESC: CSI (colours, cursor moves), OSC (hyperlinks, titles) or a lone two-byte escape;
// tried only where an ESC is (a native search finds it). No sequence spans a newline.
const AFTER_ESC = /\[[0-9;?<=>!]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_]/y;
/**
 * Where the escape sequence that starts at the ESC at `esc` ends (the index after it), or -1 when there is
 * none. A CSI (`ESC [`, every colour code) is read char by char: parameters, then intermediates, then the
 * final byte, which is what AFTER_ESC's first branch matches (no parameter or intermediate is a final byte,
 * so reading each run to its end cannot miss a match); the rarer OSC and two-byte escapes go to the regex.
 */
function escapeEnd(text, esc) {
    let i = esc + 1;
    if (text.charCodeAt(i) === 91) {
        let c = text.charCodeAt(++i);
        while ((c >= 48 && c <= 57) || c === 59 || (c >= 60 && c <= 63) || c === 33)
            c = text.charCodeAt(++i);
        while (c >= 32 && c <= 47)
            c = text.charCodeAt(++i);
        return c >= 64 && c <= 126 ? i + 1 : -1;
    }
    AFTER_ESC.lastIndex = i;
    return AFTER_ESC.test(text) ? AFTER_ESC.lastIndex : -1;
}
/**
 * Removes colour codes and other terminal control sequences: what replacing `\x1b` + AFTER_ESC globally does, at
 * about 2.3× its speed on a coloured log (a sequence is looked at only at each ESC, the text between is copied whole).
 */
function stripAnsi(text) {
    let esc = text.indexOf('\x1b');
    if (esc < 0)
        return text;
    let out = '';
    let kept = 0;
    while (esc >= 0) {
        const end = escapeEnd(text, esc);
        if (end >= 0) {
            out += text.slice(kept, esc);
            kept = end;
            esc = text.indexOf('\x1b', kept);
        }
        else {
            esc = text.indexOf('\x1b', esc + 1);
        }
    }
    return out + text.slice(kept);
}
const TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:[0-9a-f]{2}[OE]\+? ?)?/;
// TIMESTAMP tried at a line's start inside a block
const TIMESTAMP_AT = new RegExp(TIMESTAMP.source.slice(1), 'y');
/**
 * Whether a line of the block (or the text after a carriage return in it) starts with a CI timestamp. Only
 * the lines that hold `Z ` are looked at, each once (the search goes on from the line's end), so a block
 * costs a native search, not a regex per position.
 */
function hasTimestampLine(block, carriage) {
    for (let at = block.indexOf('Z '); at >= 0; at = block.indexOf('Z ', at)) {
        let start = block.lastIndexOf('\n', at) + 1;
        if (carriage) {
            for (let i = at - 1; i >= start; i -= 1) {
                if (block.charCodeAt(i) === 13) {
                    start = i + 1;
                    break;
                }
            }
        }
        if (at - start >= 19 && block.charCodeAt(start + 4) === 45 && block.charCodeAt(start + 10) === 84) {
            TIMESTAMP_AT.lastIndex = start;
            if (TIMESTAMP_AT.test(block))
                return true;
        }
        at = block.indexOf('\n', at);
        if (at < 0)
            return false;
    }
    return false;
}
/**
 * Turns one raw log line into what a reader of the terminal saw: no colour codes, only the text
 * after the last carriage return (progress bars), no CI timestamp prefix, no control characters.
 */
function cleanLine(raw) {
    let line = raw;
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    line = stripAnsi(line);
    return finishLine(line, line.includes('\r'), true);
}
/** The per-line part of cleaning, once colour codes are gone: carriage returns and timestamps. */
function finishLine(text, carriage, timestamps) {
    // most lines of most blocks: nothing to do (no call to anything)
    if (!carriage && !timestamps && text.length <= MAX_LINE)
        return text;
    let line = text;
    if (carriage) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const cr = line.lastIndexOf('\r');
        if (cr >= 0)
            line = line.slice(cr + 1);
    }
    // GitHub Actions log downloads prefix each line with an ISO timestamp; GitLab job logs with
    // timestamps add a stream marker after it (`00O `, `01E+ `)
    if (timestamps && line.length > 20 && line.charCodeAt(4) === 45 && line.charCodeAt(10) === 84) {
        const m = TIMESTAMP.exec(line);
        if (m)
            line = line.slice(m[0].length);
    }
    if (line.length > MAX_LINE)
        line = line.slice(0, MAX_LINE);
    return line;
}
/** Removes control characters (other than tab and newline) from text that is kept for the summary. */
function stripControl(text) {
    return text.replace(CONTROL, '');
}
/** A copy that does not keep the (possibly megabytes long) chunk it was sliced from alive. */
function detach(text) {
    return text.length < 16 ? text : (' ' + text).slice(1);
}
// a byte that is not ASCII, in a latin1 view of the bytes (one char per byte)
const NON_ASCII = /[\x80-\xff]/;
const NEXT_NON_ASCII = /[\x80-\xff]/g;
/**
 * The line of the next place in a block where a needle occurs, found by one native search and
 * reused until the reader passes it, so finding the lines that hold X costs a search per line that
 * does, not a test per line. The needle (a string, or a regex with the g flag) must not match across
 * a newline.
 */
class NextMatch {
    needle;
    seq = -1;
    searchedFrom = Infinity;
    at = Infinity;
    /** the start of the line of `at`, worked out when asked (-2: not yet) */
    line = Infinity;
    constructor(needle) {
        this.needle = needle;
    }
    /** Whether the needle has been looked for in this block (lineFrom then costs no new search until it is passed). */
    searched(block) {
        return block.seq === this.seq;
    }
    /** The start of the first line at or after `from` (a line start) that holds the needle; Infinity if none. */
    lineFrom(block, from) {
        this.search(block, from);
        if (this.line === -2)
            this.line = this.at === Infinity ? Infinity : block.text.lastIndexOf('\n', this.at) + 1;
        return this.line;
    }
    /** Where the needle next occurs at or after `from`; Infinity if it does not. */
    indexFrom(block, from) {
        this.search(block, from);
        return this.at;
    }
    search(block, from) {
        // (asked from before the last search, as a reader going over a run again does, it searches again)
        if (block.seq !== this.seq || this.at < from || from < this.searchedFrom) {
            this.seq = block.seq;
            this.searchedFrom = from;
            this.at = find(this.needle, block.text, from);
            this.line = -2;
        }
    }
}
function find(needle, text, from) {
    if (typeof needle === 'string') {
        const at = text.indexOf(needle, from);
        return at < 0 ? Infinity : at;
    }
    needle.lastIndex = from;
    return needle.exec(text)?.index ?? Infinity;
}
/** Where the text of a line starts after its indentation (spaces and tabs), in a block of lines. */
function indentAt(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9)
            break;
        i += 1;
    }
    return i;
}
/**
 * Splits a stream of chunks into cleaned lines (see cleanLine) with bounded memory. The work is done
 * per block of complete lines, not per line: colour codes are stripped from the whole block in one
 * pass, and carriage returns and timestamps are looked at only in blocks that hold any. A line longer
 * than MAX_LINE is cut and the rest of it skipped, so a log without newlines cannot grow the buffer.
 *
 * Bytes (a file or a child's output) are split before they are decoded: a block of lines is viewed
 * as latin1 (one char per byte, no decoding work), and only the lines that hold a non-ASCII byte are
 * decoded as UTF-8; colour codes are stripped from each block that holds an escape. With a `skip`,
 * the plain lines it says change nothing are not made into strings at all. A chunk is not kept after
 * write returns (the caller may reuse its buffer); the partial last line is copied. A line cut from bytes
 * comes with its block's raw view and its start in it, so a reader can ask a NextMatch whether the line
 * holds a word (one search per block, not a regex per line); a line from text comes without.
 */
class LineSplitter {
    onLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    pending = '';
    carry;
    skipping = false;
    skip;
    passedOver;
    tail;
    block = { text: '', seq: 0, ascii: true };
    constructor(onLine, options = {}) {
        this.onLine = onLine;
        this.skip = options.skip;
        this.passedOver = options.passedOver;
        this.tail = new StreamTail(options.tail ?? 0);
    }
    /** The stream's last lines (SplitOptions.tail of them), cleaned as the ones handed on are. */
    lastLines() {
        return this.tail.lines();
    }
    write(chunk) {
        if (typeof chunk !== 'string') {
            this.writeBytes(chunk);
            return;
        }
        if (this.carry) {
            this.pending = this.carry.toString('utf8');
            this.carry = undefined;
        }
        const text = chunk;
        if (text.length === 0)
            return;
        const last = text.lastIndexOf('\n');
        if (last < 0) {
            this.hold(text);
            return;
        }
        const block = text.slice(0, last);
        if (this.skipping) {
            // the rest of an over-long line: drop it up to its end
            const nl = block.indexOf('\n');
            this.skipping = false;
            if (nl >= 0)
                this.onBlock(block.slice(nl + 1));
        }
        else {
            this.onBlock(this.pending + block);
        }
        this.pending = '';
        this.hold(text.slice(last + 1));
    }
    end() {
        let rest = this.pending + this.decoder.end();
        if (this.carry)
            rest += this.carry.toString('utf8');
        this.pending = '';
        this.carry = undefined;
        if (rest && !this.skipping)
            this.onBlock(rest);
        this.skipping = false;
    }
    writeBytes(chunk) {
        if (chunk.length === 0)
            return;
        let from = 0;
        if (this.skipping) {
            const nl = chunk.indexOf(10);
            if (nl < 0)
                return;
            this.skipping = false;
            from = nl + 1;
        }
        else if (this.carry || this.pending) {
            // the line begun in the last chunk: joined with its end (a copy of a line, not of the chunk)
            const nl = chunk.indexOf(10);
            const head = nl < 0 ? chunk : chunk.subarray(0, nl);
            const carry = this.carry ?? Buffer.from(this.pending, 'utf8');
            this.pending = '';
            this.carry = undefined;
            if (nl < 0) {
                this.holdBytes(Buffer.concat([carry, head]), 0, true);
                return;
            }
            const line = Buffer.concat([carry, head]);
            if (line.length > MAX_LINE * 2)
                this.onBytes(line, 0, MAX_LINE * 2);
            else
                this.onBytes(line, 0, line.length);
            from = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last < from) {
            this.holdBytes(chunk, from, false);
            return;
        }
        this.onBytes(chunk, from, last);
        this.holdBytes(chunk, last + 1, false);
    }
    /** Keeps the start of an unfinished line (a copy), or emits an over-long one cut and skips its rest. */
    holdBytes(bytes, from, owned) {
        const size = bytes.length - from;
        if (size === 0)
            return;
        if (size > MAX_LINE * 2) {
            this.onBytes(bytes, from, from + MAX_LINE * 2);
            this.skipping = true;
            return;
        }
        this.carry = owned && from === 0 ? bytes : Buffer.from(bytes.subarray(from));
    }
    /**
     * Cleans and emits the complete lines in bytes[start, end) (newline-separated, no newline at the end).
     * Colour codes are stripped from the whole block at once (no sequence spans a newline), so the lines
     * a `skip` is asked about are what a reader saw even in a coloured log.
     */
    onBytes(bytes, start, end) {
        const raw = bytes.toString('latin1', start, end);
        const view = stripAnsi(raw);
        // a stripped sequence shifts offsets: a line's UTF-8 is then decoded from its latin1 text, not from the bytes
        const shifted = view.length !== raw.length;
        const carriage = view.includes('\r');
        const timestamps = hasTimestampLine(view, carriage);
        this.tail.see(view, true, carriage, timestamps);
        const block = this.block;
        block.text = view;
        block.seq += 1;
        // lines are skipped only where they are what a reader saw
        const skip = timestamps ? undefined : this.skip;
        // the next carriage return at or after the line's start, found lazily
        let cr = carriage ? -1 : Infinity;
        let crLine = Infinity;
        // the next non-ASCII byte at or after the line's start, found lazily (one search per line that has one);
        // none at all in a block of plain ASCII, which a native check over its bytes says at once
        let high = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes.subarray(start, end)) ? Infinity : -1;
        block.ascii = high === Infinity;
        let from = 0;
        for (;;) {
            if (skip) {
                if (cr < from) {
                    cr = view.indexOf('\r', from);
                    if (cr < 0)
                        cr = Infinity;
                    crLine = cr === Infinity ? Infinity : view.lastIndexOf('\n', cr) + 1;
                }
                if (crLine > from) {
                    const next = Math.min(skip(block, from), crLine);
                    if (next > from) {
                        this.passedOver?.(block, from, next);
                        if (next > view.length)
                            return;
                        from = next;
                        continue;
                    }
                }
            }
            let nl = view.indexOf('\n', from);
            if (nl < 0)
                nl = view.length;
            // a line with a non-ASCII byte is decoded (the test looks at this line only, not at the lines skipped)
            let line = view.slice(from, nl);
            if (high < from) {
                NEXT_NON_ASCII.lastIndex = from;
                high = NEXT_NON_ASCII.exec(view)?.index ?? Infinity;
            }
            if (high < nl)
                line = shifted ? Buffer.from(line, 'latin1').toString('utf8') : bytes.toString('utf8', start + from, start + nl);
            this.onLine(finishLine(line, carriage, timestamps), block, from);
            if (nl >= view.length)
                return;
            from = nl + 1;
        }
    }
    hold(text) {
        if (this.skipping || text.length === 0)
            return;
        const joined = this.pending + text;
        if (joined.length > MAX_LINE * 2) {
            // keep enough for colour codes to be stripped; the line is cut to MAX_LINE when cleaned
            this.onBlock(joined.slice(0, MAX_LINE * 2));
            this.pending = '';
            this.skipping = true;
        }
        else {
            this.pending = detach(joined);
        }
    }
    /** Cleans and emits the complete lines of a block. */
    onBlock(raw) {
        const block = stripAnsi(raw);
        const carriage = block.includes('\r');
        const timestamps = hasTimestampLine(block, carriage);
        this.tail.see(block, false, carriage, timestamps);
        let start = 0;
        for (;;) {
            const nl = block.indexOf('\n', start);
            const end = nl < 0 ? block.length : nl;
            const line = block.slice(start, end);
            this.onLine(finishLine(line, carriage, timestamps));
            if (nl < 0)
                return;
            start = nl + 1;
        }
    }
}
/** The cleaned form of a line of a block: UTF-8 decoded from a latin1 view, carriage returns and timestamps gone, cut. */
function cleanBlockLine(line, latin1, carriage, timestamps) {
    const text = latin1 && NON_ASCII.test(line) ? Buffer.from(line, 'latin1').toString('utf8') : line;
    return finishLine(text, carriage, timestamps);
}
/**
 * The last `n` lines of a stream of blocks, kept as references to the last blocks (no copy, no per-line
 * work) and cleaned only when asked: the lines a skip passed over are there as well as the ones handed on.
 * At most `n` blocks are held (each holds a line at least), and only while the newest holds fewer than `n`.
 */
class StreamTail {
    n;
    blocks = [];
    constructor(n) {
        this.n = n;
    }
    see(text, latin1, carriage, timestamps) {
        if (this.n === 0)
            return;
        const block = { text, latin1, carriage, timestamps };
        if (lastLinesStart(text, this.n) > 0) {
            this.blocks = [block];
            return;
        }
        this.blocks.push(block);
        if (this.blocks.length > this.n)
            this.blocks.shift();
    }
    lines() {
        const out = [];
        for (let b = this.blocks.length - 1; b >= 0 && out.length < this.n; b -= 1) {
            const block = this.blocks[b];
            const want = this.n - out.length;
            const lines = block.text.slice(Math.min(lastLinesStart(block.text, want), block.text.length)).split('\n').slice(-want);
            out.unshift(...lines.map((l) => cleanBlockLine(l, block.latin1, block.carriage, block.timestamps)));
        }
        return out;
    }
}
/** Where the last `n` lines of a block start (0 when it holds no more than n, Infinity for none). */
function lastLinesStart(text, n) {
    if (n === 0)
        return Infinity;
    // forward searches from far enough back (a backward search is several times slower)
    for (let span = 64 * n;; span *= 4) {
        const start = Math.max(0, text.length - span);
        const ends = [];
        for (let at = text.indexOf('\n', start); at >= 0; at = text.indexOf('\n', at + 1))
            ends.push(at);
        if (ends.length >= n)
            return (ends[ends.length - n] ?? -1) + 1;
        if (start === 0)
            return 0;
    }
}
/** Keeps the last `max` characters of a stream, amortised so tiny chunks do not copy the window each time. */
class TailWindow {
    max;
    parts = [];
    size = 0;
    constructor(max = 16_384) {
        this.max = max;
    }
    push(text) {
        this.parts.push(text);
        this.size += text.length;
        if (this.size > this.max * 2)
            this.compact();
    }
    text() {
        this.compact();
        return this.parts[0] ?? '';
    }
    compact() {
        const joined = this.parts.join('');
        const kept = joined.length > this.max ? detach(joined.slice(joined.length - this.max)) : joined;
        this.parts = [kept];
        this.size = kept.length;
    }
}
/**
 * Splits a byte stream of records (an agent CLI's JSON lines) into whole lines: nothing is cleaned or
 * cut, blank lines are skipped, and a line longer than `maxLine` is dropped (memory stays flat). Log
 * text for people goes through LineSplitter instead, which cleans and cuts each line.
 */
class WholeLineSplitter {
    onLine;
    maxLine;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    pending = '';
    overflow = false;
    constructor(onLine, maxLine = 8 * 1024 * 1024) {
        this.onLine = onLine;
        this.maxLine = maxLine;
    }
    write(chunk) {
        this.take(this.decoder.write(chunk));
    }
    end() {
        this.take(this.decoder.end());
        if (!this.overflow && this.pending.trim() !== '')
            this.onLine(this.pending);
        this.pending = '';
    }
    take(text) {
        let rest = text;
        for (;;) {
            const newline = rest.indexOf('\n');
            if (newline < 0)
                break;
            const line = this.pending + rest.slice(0, newline);
            rest = rest.slice(newline + 1);
            if (!this.overflow && line.trim() !== '')
                this.onLine(line.replace(/\r$/, ''));
            this.pending = '';
            this.overflow = false;
        }
        if (this.overflow)
            return;
        this.pending += rest;
        if (this.pending.length > this.maxLine) {
            this.pending = '';
            this.overflow = true;
        }
    }
}


/***/ })

};
