import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderInvoice, formatMoney } from '../src/invoice.js';
import { sample } from '../fixtures/sample.js';

test('formats cents as euros', () => {
  assert.equal(formatMoney(1234), 'EUR 12.34');
});

test('invoice matches the expected rendering', () => {
  const expected = readFileSync(new URL('../expected/invoice.txt', import.meta.url), 'utf8');
  assert.equal(renderInvoice(sample), expected);
});
