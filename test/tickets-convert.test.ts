import { describe, expect, it } from 'vitest';
import { adfToMarkdown } from '../src/tickets/adf.js';
import { wikiToMarkdown } from '../src/tickets/wiki.js';
import { ADF_DESCRIPTION, ADF_MARKDOWN, WIKI_DESCRIPTION, WIKI_MARKDOWN } from './support/jira-api/samples.js';

describe('ADF -> Markdown (Jira Cloud descriptions)', () => {
  it('converts every documented node and mark of a real-shaped description', () => {
    expect(adfToMarkdown(ADF_DESCRIPTION)).toBe(ADF_MARKDOWN);
  });

  it('keeps text out of Markdown structure and drops unsafe links', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '# not a heading *nor bold* [x](y)' },
            { type: 'text', text: ' click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    expect(adfToMarkdown(doc)).toBe('\\# not a heading \\*nor bold\\* \\[x\\](y) click');
  });

  it('code spans longer fences than the backticks they hold', () => {
    const doc = { type: 'doc', version: 1, content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'a ```b```' }] }] };
    expect(adfToMarkdown(doc)).toBe('````\na ```b```\n````');
  });

  it('survives hostile shapes: not a doc, wrong types, deep nesting, unknown nodes', () => {
    expect(adfToMarkdown(null)).toBe('');
    expect(adfToMarkdown('plain text')).toBe('plain text');
    expect(adfToMarkdown({ type: 'doc', content: 'nope' })).toBe('');
    let deep: Record<string, unknown> = { type: 'text', text: 'bottom' };
    for (let i = 0; i < 10_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    expect(() => adfToMarkdown({ type: 'doc', content: [deep] })).not.toThrow();
    expect(adfToMarkdown({ type: 'doc', content: [{ type: 'decisionList', content: [{ type: 'decisionItem', content: [{ type: 'text', text: 'ship it' }] }] }] })).toBe('ship it');
  });

  it('is linear: a 2 MB description converts in seconds, not minutes', () => {
    const para = { type: 'paragraph', content: [{ type: 'text', text: '*_`['.repeat(50), marks: [{ type: 'strong' }] }] };
    const doc = { type: 'doc', version: 1, content: Array.from({ length: 10_000 }, () => para) };
    const started = Date.now();
    expect(adfToMarkdown(doc).length).toBeGreaterThan(2_000_000);
    // generous for a loaded CI machine; a quadratic walk of this input would take minutes
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('wiki markup -> Markdown (Jira Server / Data Center descriptions)', () => {
  it('converts headings, emphasis, monospace, links, mentions, lists, code, noformat, quotes, rules and tables', () => {
    expect(wikiToMarkdown(WIKI_DESCRIPTION)).toBe(WIKI_MARKDOWN);
  });

  it('keeps words with inner dashes, underscores and stars as they are', () => {
    expect(wikiToMarkdown('a well-known snake_case_name and 2*3*4')).toBe('a well-known snake_case_name and 2*3*4');
  });

  it('turns a {quote} block into a Markdown quote and a one-line {code} into a fence', () => {
    expect(wikiToMarkdown('{quote}\nline one\n{quote}\n{code}x = 1{code}')).toBe('> line one\n```\nx = 1\n```');
  });

  it('never links to javascript: and stays linear on pathological input', () => {
    expect(wikiToMarkdown('[click|javascript:alert(1)]')).toBe('click');
    const started = Date.now();
    wikiToMarkdown(`${'*_-+[{{'.repeat(200_000)}\n`.repeat(2));
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
