/** The summary parsers' line primitives; their home is util/text.ts. */
export { cleanLine, detach, indentAt, LineSplitter, MAX_LINE, NextMatch, stripAnsi, stripControl, TailWindow } from '../../util/text.js';
export type { LineSkip, RawBlock, SplitOptions } from '../../util/text.js';
