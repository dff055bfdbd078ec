/**
 * What each forge accepts (PRODUCT.md §10): GitHub refuses a PR body or comment over 65,536
 * characters and a title over 256; GitLab validates descriptions and notes at 1,000,000 characters
 * (`Gitlab::Database::MAX_TEXT_SIZE_LIMIT`) and titles at 255. Text over a limit is cut at a safe
 * place: never inside a hidden marker (`<!-- … -->`), an open code fence is closed, the markers the
 * caller needs are kept, and the cut says so. Linear in the text.
 */
export interface ForgeLimits {
  title: number;
  body: number;
  comment: number;
}

export const GITHUB_LIMITS: ForgeLimits = { title: 256, body: 65_536, comment: 65_536 };
export const GITLAB_LIMITS: ForgeLimits = { title: 255, body: 1_000_000, comment: 1_000_000 };

const FENCE_CLOSE = '\n```';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `text` cut to at most `at` code units, one whole character shorter if `at` falls inside a surrogate pair. */
function cutAt(text: string, at: number): string {
  const end = at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
  return text.slice(0, end);
}

/** Fence lines (``` or ~~~ at a line start, up to 3 spaces in) opened and not closed in `text`. */
function openFence(text: string): boolean {
  let open = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, nl < 0 ? text.length : nl);
    if (/^ {0,3}(```|~~~)/.test(line)) open = !open;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return open;
}

/**
 * `text` within `limit` characters. `keep`: markers that must survive (put back at the end when the
 * cut took them). The result ends with a line saying how much was left out.
 */
export function fitText(text: string, limit: number, options: { keep?: readonly string[] } = {}): string {
  if (text.length <= limit) return text;
  const note = (left: number): string => `\n\n_… ${left} characters left out to fit the forge's limit of ${limit}._`;
  const keep = (options.keep ?? []).filter((m) => m && text.includes(m));
  // room for the closing fence, the note (its number has at most as many digits as the length) and the kept markers
  const reserve = FENCE_CLOSE.length + note(text.length).length + keep.reduce((n, m) => n + m.length + 1, 0);
  let end = Math.max(0, limit - reserve);
  // never inside an HTML comment (a hidden marker cut in half would show, or swallow what follows)
  const opened = text.lastIndexOf('<!--', end);
  if (opened >= 0) {
    const closed = text.indexOf('-->', opened);
    if (closed < 0 || closed + 3 > end) end = opened;
  }
  // at a line end when there is one in the last quarter
  const nl = text.lastIndexOf('\n', end);
  if (nl > end * 0.75) end = nl;
  let head = cutAt(text, end).replace(/\s+$/, '');
  if (openFence(head)) head += FENCE_CLOSE;
  const lost = keep.filter((m) => !head.includes(m));
  const out = `${head}${note(text.length - end)}${lost.length > 0 ? `\n${lost.join('\n')}` : ''}`;
  return out.length <= limit ? out : cutAt(out, limit);
}

/** A one-line title within `limit`, ending in `…` when it was cut. */
export function fitTitle(title: string, limit: number): string {
  return title.length <= limit ? title : `${cutAt(title, limit - 1).trimEnd()}…`;
}
