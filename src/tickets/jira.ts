/**
 * Jira adapter. Cloud: REST v3, Basic base64(email:API token), descriptions and comments in ADF.
 * Server / Data Center: REST v2, Bearer personal access token, wiki markup.
 *   GET  /rest/api/{3|2}/issue/{key}?fields=summary,description,status
 *   GET  /rest/api/{3|2}/issue/{key}/comment?startAt=…&maxResults=100
 *   POST /rest/api/{3|2}/issue/{key}/comment            PUT …/comment/{id}
 *   GET  /rest/api/{3|2}/issue/{key}/transitions       POST …/transitions {"transition":{"id"}}
 */
import { adfToMarkdown } from './adf.js';
import { TicketHttpError, type TicketHttp } from './http.js';
import type { FetchedTicket, TicketSystem, TransitionResult, WriteBackResult } from './types.js';
import { wikiToMarkdown } from './wiki.js';
import { asRecord as obj } from '../util/validate.js';

const MAX_COMMENT_PAGES = 10;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function jiraSystem(http: TicketHttp, options: { site: string; api: 'cloud' | 'server' }): TicketSystem {
  const v = options.api === 'cloud' ? '3' : '2';
  const site = options.site.replace(/\/+$/, '');
  const issuePath = (key: string): string => `/rest/api/${v}/issue/${encodeURIComponent(key)}`;
  /** a comment body in the API's own format: ADF on Cloud, wiki markup on Server */
  const commentBody = (markdown: string): unknown => (options.api === 'cloud' ? { body: markdownToAdf(markdown) } : { body: markdownToWiki(markdown) });
  const bodyText = (body: unknown): string => (options.api === 'cloud' ? adfToMarkdown(body) : text(body));

  return {
    name: 'Jira',
    async fetch(key) {
      try {
        const { json } = await http.request('GET', `${issuePath(key)}?fields=summary,description,status`);
        const issue = obj(json);
        const fields = obj(issue.fields);
        const description = options.api === 'cloud' ? adfToMarkdown(fields.description) : wikiToMarkdown(text(fields.description));
        const ticket: FetchedTicket = {
          key: text(issue.key) || key,
          title: text(fields.summary),
          description,
          url: `${site}/browse/${encodeURIComponent(text(issue.key) || key)}`,
          status: text(obj(fields.status).name),
        };
        return ticket;
      } catch (error) {
        if (error instanceof TicketHttpError && error.status === 404) return undefined;
        throw error;
      }
    },
    async upsertComment(key, markdown, marker): Promise<WriteBackResult> {
      const existing = await findComment(key, marker);
      if (existing) {
        await http.request('PUT', `${issuePath(key)}/comment/${encodeURIComponent(existing)}`, commentBody(markdown));
        return 'updated';
      }
      await http.request('POST', `${issuePath(key)}/comment`, commentBody(markdown));
      return 'created';
    },
    async transition(key, to, current): Promise<TransitionResult> {
      const wanted = to.trim().toLowerCase();
      if (current.trim().toLowerCase() === wanted) return 'already';
      const { json } = await http.request('GET', `${issuePath(key)}/transitions`);
      const list = Array.isArray(obj(json).transitions) ? (obj(json).transitions as unknown[]).map(obj) : [];
      const match = list.find((t) => text(t.name).toLowerCase() === wanted) ?? list.find((t) => text(obj(t.to).name).toLowerCase() === wanted);
      if (!match || !text(match.id)) return 'not-available';
      await http.request('POST', `${issuePath(key)}/transitions`, { transition: { id: text(match.id) } });
      return 'moved';
    },
  };

  async function findComment(key: string, marker: string): Promise<string | undefined> {
    for (let page = 0, startAt = 0; page < MAX_COMMENT_PAGES; page += 1) {
      const { json } = await http.request('GET', `${issuePath(key)}/comment?startAt=${startAt}&maxResults=100`);
      const o = obj(json);
      const comments = Array.isArray(o.comments) ? o.comments.map(obj) : [];
      const found = comments.find((c) => bodyText(c.body).includes(marker));
      if (found) return text(found.id);
      startAt += comments.length;
      if (comments.length === 0 || startAt >= Number(o.total ?? 0)) return undefined;
    }
    return undefined;
  }
}

/**
 * The droid's own comment, Markdown -> ADF: paragraphs of text, links as `[text](url)` and `**bold**`.
 * It only ever converts what writeBackText() wrote, so this small subset is all it needs.
 */
export function markdownToAdf(markdown: string): unknown {
  const content = markdown
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ type: 'paragraph', content: inlineAdf(p) }));
  return { version: 1, type: 'doc', content };
}

function inlineAdf(paragraph: string): unknown[] {
  const out: unknown[] = [];
  const lines = paragraph.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    const re = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)|\*\*([^*\n]+)\*\*/g;
    let last = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m.index > last) out.push({ type: 'text', text: line.slice(last, m.index) });
      if (m[1] !== undefined) out.push({ type: 'text', text: m[1], marks: [{ type: 'link', attrs: { href: m[2] } }] });
      else out.push({ type: 'text', text: m[3], marks: [{ type: 'strong' }] });
      last = m.index + m[0].length;
    }
    if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
  });
  return out;
}

/** the same subset as wiki markup: [text|url], *bold* */
export function markdownToWiki(markdown: string): string {
  return markdown.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '[$1|$2]').replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}
