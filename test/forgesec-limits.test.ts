/** fitText / fitTitle: cut at a safe place, keep the markers, close fences, in linear time. */
import { describe, expect, it } from 'vitest';
import { fitText, fitTitle, GITHUB_LIMITS } from '../src/platform/limits.js';

describe('fitText', () => {
  it('leaves text within the limit alone', () => {
    expect(fitText('short <!-- droid:body -->', 100)).toBe('short <!-- droid:body -->');
  });

  it('never cuts a hidden marker in half, and puts back the markers it must keep', () => {
    const text = `${'a'.repeat(950)}<!-- droid:ticket=#1 -->${'b'.repeat(200)}\n<!-- droid:run=r -->`;
    const out = fitText(text, 1000, { keep: ['<!-- droid:run=r -->', '<!-- droid:ticket=#1 -->'] });
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).not.toMatch(/<!--(?![^]*?-->)/);
    expect(out).toContain('<!-- droid:run=r -->');
    expect(out).toContain('<!-- droid:ticket=#1 -->');
    expect(out).toMatch(/characters left out to fit the forge's limit of 1000/);
  });

  it('closes a code fence the cut left open', () => {
    const text = `intro\n\`\`\`text\n${'log line\n'.repeat(500)}\`\`\`\nafter`;
    const out = fitText(text, 800);
    expect(out.length).toBeLessThanOrEqual(800);
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('does not split a surrogate pair', () => {
    const out = fitText('😀'.repeat(1000), 501);
    expect(out.length).toBeLessThanOrEqual(501);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('is linear: a 10 MB body of padded lines, comment openers and fences fits in well under a second', () => {
    const nasty = `${'<!-- '.repeat(200_000)}${'```\n'.repeat(200_000)}${' '.repeat(5_000_000)}`;
    const started = Date.now();
    const out = fitText(nasty, GITHUB_LIMITS.body, { keep: ['<!-- droid:body -->'] });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out.length).toBeLessThanOrEqual(GITHUB_LIMITS.body);
  });
});

describe('fitTitle', () => {
  it('cuts a long title to the limit with an ellipsis', () => {
    expect(fitTitle('x'.repeat(300), 256)).toHaveLength(256);
    expect(fitTitle('x'.repeat(300), 256).endsWith('…')).toBe(true);
    expect(fitTitle('short', 256)).toBe('short');
  });
});
