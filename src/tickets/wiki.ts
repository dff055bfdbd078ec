/**
 * Jira wiki markup (Server / Data Center REST v2 descriptions) -> Markdown.
 * Blocks: h1.-h6., bq., {quote}, {code[:lang]} / {code:title=…|language=…}, {noformat}, {panel}, lists
 * (*, -, #, nested **, ##, *#), tables (||header|| and |cell|), ---- rules. Inline: *bold*, _em_,
 * -strike-, +underline+ (kept as text), {{monospace}}, [text|url], [url], [~user], \\ line breaks,
 * ^sup^/~sub~ as text, {color}…{color} dropped. One pass over the lines; every inline pattern is anchored
 * on a delimiter that its body cannot contain, so the work is linear in the input.
 */
import { backtickFence, longestRun } from '../edit/sanitize.js';

const HEADING = /^\s*h([1-6])\.\s+(.*)$/;
const LIST = /^\s*([*#-]+)\s+(.*)$/;
const CODE_OPEN = /^\s*\{(code|noformat)(?::([^}]*))?\}(.*)$/;

export function wikiToMarkdown(text: string): string {
  if (!text) return '';
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inQuote = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const code = CODE_OPEN.exec(line);
    if (code) {
      const [, kind = 'code', params = '', restOfLine = ''] = code;
      const closer = `{${kind}}`;
      const body: string[] = [];
      let rest = restOfLine;
      // `{code}x = 1{code}` on one line, or a block that runs until its closer
      let closed = false;
      for (;;) {
        const at = rest.indexOf(closer);
        if (at >= 0) {
          body.push(rest.slice(0, at));
          closed = true;
          break;
        }
        body.push(rest);
        i += 1;
        if (i >= lines.length) break;
        rest = lines[i] ?? '';
      }
      if (body[0] === '') body.shift();
      if (closed && body[body.length - 1] === '') body.pop();
      const joined = body.join('\n');
      const fence = backtickFence(joined);
      out.push(`${inQuote ? '> ' : ''}${fence}${kind === 'code' ? language(params) : ''}`, ...body.map((b) => (inQuote ? `> ${b}` : b)), `${inQuote ? '> ' : ''}${fence}`);
      continue;
    }
    if (/^\s*\{quote\}\s*$/.test(line)) {
      inQuote = !inQuote;
      continue;
    }
    if (/^\s*\{panel(?::[^}]*)?\}\s*$/.test(line)) continue;
    out.push((inQuote ? '> ' : '') + convertLine(line));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function convertLine(line: string): string {
  const heading = HEADING.exec(line);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${inline(heading[2] ?? '')}`;
  if (/^\s*bq\.\s+/.test(line)) return `> ${inline(line.replace(/^\s*bq\.\s+/, ''))}`;
  if (/^\s*-{4,}\s*$/.test(line)) return '---';
  if (/^\s*\|\|/.test(line)) return tableHeader(line);
  if (/^\s*\|/.test(line)) return `| ${cells(line.trim().replace(/^\|/, '').replace(/\|$/, '')).join(' | ')} |`;
  const list = LIST.exec(line);
  // "-strike-" and "*bold*" at line start are not lists: a list marker is followed by whitespace
  if (list) {
    const markers = list[1] ?? '*';
    const depth = markers.length - 1;
    const ordered = markers.endsWith('#');
    return `${'   '.repeat(depth)}${ordered ? '1.' : '-'} ${inline(list[2] ?? '')}`;
  }
  return inline(line);
}

function tableHeader(line: string): string {
  const names = line.trim().replace(/^\|\|/, '').replace(/\|\|$/, '').split('||').map((c) => inline(c.trim()));
  return `| ${names.join(' | ')} |\n| ${names.map(() => '---').join(' | ')} |`;
}

/** splits a table row on `|`, but not on the `|` inside a [text|url] link */
function cells(row: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of row) {
    if (ch === '[') depth += 1;
    if (ch === ']' && depth > 0) depth -= 1;
    if (ch === '|' && depth === 0) {
      out.push(inline(current.trim()));
      current = '';
    } else current += ch;
  }
  out.push(inline(current.trim()));
  return out.map((c) => c.replace(/\|/g, '\\|').replace(/\\\\\|/g, '\\|'));
}

function inline(text: string): string {
  let out = text.replace(/[\u0000\u0001]/g, '');
  const codes: string[] = [];
  // {{monospace}} first: nothing inside it is markup
  out = out.replace(/\{\{([^{}\n]+)\}\}/g, (_, code: string) => {
    codes.push(code);
    return `\u0000${codes.length - 1}\u0000`;
  });
  out = out.replace(/\{color(?::[^{}\n]*)?\}/g, '');
  // links: [text|url], [url], [~user], [mailto:x]
  // links become placeholders too, so the emphasis rules below never touch a URL's "_" or "-"
  const keep = (markdown: string): string => {
    codes.push(markdown);
    return `\u0001${codes.length - 1}\u0001`;
  };
  out = out.replace(/\[([^[\]|\n]*)\|([^[\]\n]+)\]/g, (_, label: string, href: string) => keep(link(label, href.trim())));
  out = out.replace(/\[~([^[\]\n]+)\]/g, (_, user: string) => keep(`@${user}`));
  out = out.replace(/\[((?:https?|mailto):[^[\]\s]+)\]/g, (_, href: string) => keep(`<${href}>`));
  out = out.replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?=$|[^\w*])/g, (_, pre: string, body: string) => `${pre}**${body}**`);
  out = out.replace(/(^|[^\w_])_(?=\S)([^_\n]+?)_(?=$|[^\w_])/g, (_, pre: string, body: string) => `${pre}*${body}*`);
  out = out.replace(/(^|[^\w-])-(?=\S)([^-\n]+?)-(?=$|[^\w-])/g, (_, pre: string, body: string) => `${pre}~~${body}~~`);
  out = out.replace(/(^|[^\w+])\+(?=\S)([^+\n]+?)\+(?=$|[^\w+])/g, (_, pre: string, body: string) => `${pre}${body}`);
  out = out.replace(/\\\\/g, '  \n');
  return out
    .replace(/\u0001(\d+)\u0001/g, (_, n: string) => codes[Number(n)] ?? '')
    .replace(/\u0000(\d+)\u0000/g, (_, n: string) => {
      const code = codes[Number(n)] ?? '';
      const ticks = '`'.repeat(longestRun(code, '`') + 1);
      return `${ticks}${code}${ticks}`;
    });
}

function link(label: string, href: string): string {
  if (!/^(https?:|mailto:)/i.test(href)) return label || href;
  const safe = href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
  return `[${label || href}](${safe})`;
}

function language(params: string): string {
  if (!params) return '';
  const named = /(?:^|\|)language=([\w+#.-]+)/.exec(params);
  if (named) return named[1] ?? '';
  return params.includes('=') ? '' : params.replace(/[^\w+#.-]/g, '');
}
