/**
 * Atlassian Document Format (Jira Cloud REST v3 descriptions) -> Markdown.
 * Nodes: doc, paragraph, heading, bulletList, orderedList, listItem, codeBlock, blockquote, rule, table
 * (tableRow, tableHeader, tableCell), panel, mediaSingle/media (a placeholder), text, hardBreak, mention,
 * inlineCard, blockCard, emoji, status, date; marks code, strong, em, strike, link, underline (dropped).
 * An unknown node keeps its text. The walk is iterative over the JSON the server sent, depth-bounded, so
 * a hostile document can neither recurse the stack away nor make the output quadratic.
 */
import { backtickFence, longestRun } from '../edit/sanitize.js';
import { asRecord as obj } from '../util/validate.js';

const MAX_DEPTH = 64;

interface AdfNode {
  type: string;
  text?: string;
  attrs: Record<string, unknown>;
  marks: { type: string; attrs: Record<string, unknown> }[];
  content: AdfNode[];
}

function node(value: unknown, depth: number): AdfNode {
  const o = obj(value);
  const content = depth < MAX_DEPTH && Array.isArray(o.content) ? o.content.map((c) => node(c, depth + 1)) : [];
  const marks = Array.isArray(o.marks) ? o.marks.map((m) => ({ type: str(obj(m).type), attrs: obj(obj(m).attrs) })) : [];
  return { type: str(o.type), text: typeof o.text === 'string' ? o.text : undefined, attrs: obj(o.attrs), marks, content };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Markdown of an ADF document (or '' for anything that is not one). A plain string is returned as is. */
export function adfToMarkdown(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (doc === null || doc === undefined) return '';
  const root = node(doc, 0);
  return blocks(root.content, '').replace(/\n{3,}/g, '\n\n').trim();
}

function blocks(nodes: AdfNode[], indent: string): string {
  return nodes
    .map((n) => block(n, indent))
    .filter((b) => b !== '')
    .join('\n\n');
}

function block(n: AdfNode, indent: string): string {
  switch (n.type) {
    case 'paragraph':
      return prefixLines(inline(n.content), indent);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(n.attrs.level) || 1));
      return `${indent}${'#'.repeat(level)} ${inline(n.content).replace(/\n/g, ' ')}`;
    }
    case 'bulletList':
    case 'orderedList':
      return list(n, indent);
    case 'codeBlock': {
      const code = n.content.map((c) => c.text ?? '').join('');
      const fence = backtickFence(code);
      return prefixLines(`${fence}${str(n.attrs.language).replace(/[^\w+#.-]/g, '')}\n${code}\n${fence}`, indent);
    }
    case 'blockquote':
      return prefixLines(blocks(n.content, ''), `${indent}> `).replace(/> $/gm, '>');
    case 'panel':
      return prefixLines(`**${str(n.attrs.panelType) || 'note'}:** ${blocks(n.content, '')}`, `${indent}> `);
    case 'rule':
      return `${indent}---`;
    case 'table':
      return table(n, indent);
    case 'mediaSingle':
    case 'mediaGroup':
      return `${indent}${n.content.map(() => '[attachment]').join(' ')}`;
    case 'blockCard':
    case 'embedCard':
      return `${indent}<${str(n.attrs.url)}>`;
    case 'expand':
    case 'nestedExpand':
      return `${indent}**${inlineEscape(str(n.attrs.title))}**\n\n${blocks(n.content, indent)}`;
    default:
      // an unknown block keeps its text: inline children as a paragraph, block children as blocks
      if (n.content.some((c) => INLINE.has(c.type))) return prefixLines(inline(n.content), indent);
      return blocks(n.content, indent);
  }
}

const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'status', 'date', 'mediaInline']);

function list(n: AdfNode, indent: string): string {
  const start = Math.max(1, Number(n.attrs.order) || 1);
  return n.content
    .map((item, i) => {
      const marker = n.type === 'orderedList' ? `${start + i}. ` : '- ';
      // a tight list: an item's paragraph and its nested list sit on consecutive lines
      const inner = item.content
        .map((c) => block(c, ''))
        .filter((b) => b !== '')
        .join('\n');
      const pad = ' '.repeat(marker.length);
      const [first = '', ...rest] = inner.split('\n');
      return [`${indent}${marker}${first}`, ...rest.map((l) => (l === '' ? '' : `${indent}${pad}${l}`))].join('\n');
    })
    .join('\n');
}

function table(n: AdfNode, indent: string): string {
  const rows = n.content.filter((r) => r.type === 'tableRow').map((r) => r.content.map((cell) => ({ header: cell.type === 'tableHeader', text: cellText(cell) })));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string => `${indent}| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const firstIsHeader = rows[0]!.every((c) => c.header);
  const head = firstIsHeader ? rows[0]!.map((c) => c.text) : Array.from({ length: width }, () => '');
  const body = firstIsHeader ? rows.slice(1) : rows;
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map((r) => line(r.map((c) => c.text)))].join('\n');
}

function cellText(cell: AdfNode): string {
  // text is already escaped (inlineEscape turns "|" into "\\|"); a cell holds one line
  return blocks(cell.content, '').replace(/\n+/g, '<br>');
}

function inline(nodes: AdfNode[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += marked(n);
        break;
      case 'hardBreak':
        out += '  \n';
        break;
      case 'mention': {
        const text = str(n.attrs.text) || str(n.attrs.id);
        out += text.startsWith('@') ? text : `@${text}`;
        break;
      }
      case 'emoji':
        out += str(n.attrs.text) || str(n.attrs.shortName);
        break;
      case 'inlineCard':
        out += `<${str(n.attrs.url)}>`;
        break;
      case 'status':
        out += `[${str(n.attrs.text)}]`;
        break;
      case 'date': {
        const ms = Number(n.attrs.timestamp);
        out += Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString().slice(0, 10) : '';
        break;
      }
      case 'mediaInline':
        out += '[attachment]';
        break;
      default:
        out += inline(n.content) || (n.text ?? '');
    }
  }
  return out;
}

function marked(n: AdfNode): string {
  const text = n.text ?? '';
  if (text === '') return '';
  const has = (t: string): boolean => n.marks.some((m) => m.type === t);
  let out: string;
  if (has('code')) {
    const ticks = '`'.repeat(longestRun(text, '`') + 1);
    out = text.startsWith('`') || text.endsWith('`') ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
  } else {
    out = inlineEscape(text);
  }
  // emphasis markers must hug the text: keep surrounding spaces outside them
  const lead = /^\s*/.exec(out)?.[0] ?? '';
  const trail = out.length > lead.length ? (/\s*$/.exec(out)?.[0] ?? '') : '';
  let core = out.slice(lead.length, out.length - trail.length);
  if (core === '') return out;
  if (has('strike')) core = `~~${core}~~`;
  if (has('em')) core = `*${core}*`;
  if (has('strong')) core = `**${core}**`;
  const link = n.marks.find((m) => m.type === 'link');
  const href = link ? safeHref(str(link.attrs.href)) : undefined;
  if (href) core = `[${core}](${href})`;
  return `${lead}${core}${trail}`;
}

/** only web and mail links survive; anything else (javascript:, data:) becomes plain text */
function safeHref(href: string): string | undefined {
  if (!/^(https?:|mailto:)/i.test(href)) return undefined;
  return href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/** escapes what would turn plain text into Markdown structure */
export function inlineEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+[.)])(?=\s)/gm, '$1\\$2');
}

function prefixLines(text: string, prefix: string): string {
  if (prefix === '') return text;
  return text
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');
}
