/**
 * Descriptions in the shapes Jira sends. The ADF nodes follow the examples of Atlassian's node reference
 * (developer.atlassian.com/cloud/jira/platform/apis/document/nodes/…: paragraph, heading, bulletList,
 * orderedList with attrs.order, listItem, codeBlock with attrs.language, blockquote, rule, table with
 * tableRow/tableHeader/tableCell, mention with attrs.id/text/accessLevel, inlineCard with attrs.url,
 * emoji with attrs.shortName/id/text, hardBreak) and marks (code, strong, em, strike, link with attrs.href).
 */
export const ADF_DESCRIPTION = {
  version: 1,
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Checkout fails' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The ' },
        { type: 'text', text: 'status', marks: [{ type: 'code' }] },
        { type: 'text', text: ' file says ' },
        { type: 'text', text: 'broken', marks: [{ type: 'strong' }] },
        { type: 'text', text: ', it should say ' },
        { type: 'text', text: 'fixed', marks: [{ type: 'em' }] },
        { type: 'text', text: ' (not ' },
        { type: 'text', text: 'repaired', marks: [{ type: 'strike' }] },
        { type: 'text', text: '). See ' },
        { type: 'text', text: 'the runbook', marks: [{ type: 'link', attrs: { href: 'https://example.com/runbook' } }] },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Reported by ' },
        { type: 'mention', attrs: { id: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', text: '@Bradley Ayers', accessLevel: '' } },
        { type: 'text', text: ' ' },
        { type: 'emoji', attrs: { shortName: ':grinning:', id: '1f600', text: '😀' } },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'open status.txt' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'change the word' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'keep the newline' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { order: 3 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'run the tests' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'open a PR' }] }] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'javascript' }, content: [{ type: 'text', text: 'var foo = {};\nvar bar = [];' }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted from the customer.' }] }] },
    { type: 'rule' },
    {
      type: 'table',
      attrs: { isNumberColumnEnabled: false, layout: 'default' },
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'File', marks: [{ type: 'strong' }] }] }] },
            { type: 'tableHeader', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Expected', marks: [{ type: 'strong' }] }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'status.txt' }] }] },
            { type: 'tableCell', attrs: {}, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fixed | done' }] }] },
          ],
        },
      ],
    },
    { type: 'paragraph', content: [{ type: 'inlineCard', attrs: { url: 'https://acme.atlassian.net/browse/PROJ-1' } }] },
  ],
};

export const ADF_MARKDOWN = [
  '## Checkout fails',
  '',
  'The `status` file says **broken**, it should say *fixed* (not ~~repaired~~). See [the runbook](https://example.com/runbook).  ',
  'Reported by @Bradley Ayers 😀',
  '',
  '- open status.txt',
  '- change the word',
  '  - keep the newline',
  '',
  '3. run the tests',
  '4. open a PR',
  '',
  '```javascript',
  'var foo = {};',
  'var bar = [];',
  '```',
  '',
  '> Quoted from the customer.',
  '',
  '---',
  '',
  '| **File** | **Expected** |',
  '| --- | --- |',
  '| status.txt | fixed \\| done |',
  '',
  '<https://acme.atlassian.net/browse/PROJ-1>',
].join('\n');

/** The same ticket as Jira Server / Data Center stores it (wiki markup, as in Jira's text formatting notation help). */
export const WIKI_DESCRIPTION = [
  'h2. Checkout fails',
  'The {{status}} file says *broken*, it should say _fixed_ (not -repaired-). See [the runbook|https://example.com/runbook].',
  'Reported by [~bradley]',
  '* open status.txt',
  '* change the word',
  '** keep the newline',
  '# run the tests',
  '# open a PR',
  '{code:javascript}',
  'var foo = {};',
  'var bar = [];',
  '{code}',
  '{noformat}',
  'raw *not bold*',
  '{noformat}',
  'bq. Quoted from the customer.',
  '----',
  '||File||Expected||',
  '|status.txt|[fixed|https://example.com/a_b_c]|',
].join('\n');

export const WIKI_MARKDOWN = [
  '## Checkout fails',
  'The `status` file says **broken**, it should say *fixed* (not ~~repaired~~). See [the runbook](https://example.com/runbook).',
  'Reported by @bradley',
  '- open status.txt',
  '- change the word',
  '   - keep the newline',
  '1. run the tests',
  '1. open a PR',
  '```javascript',
  'var foo = {};',
  'var bar = [];',
  '```',
  '```',
  'raw *not bold*',
  '```',
  '> Quoted from the customer.',
  '---',
  '| File | Expected |',
  '| --- | --- |',
  '| status.txt | [fixed](https://example.com/a_b_c) |',
].join('\n');
