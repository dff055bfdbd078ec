/** The summary parsers' line primitives; their home is util/text.ts. */
export { cleanLine, detach, LineSplitter, MAX_LINE, stripAnsi, stripControl, TailWindow } from '../../util/text.js';
