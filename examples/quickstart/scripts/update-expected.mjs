// Regenerates expected/invoice.txt from the current renderer (like `jest -u` or `prettier --write`).
import { writeFileSync } from 'node:fs';
import { renderInvoice } from '../src/invoice.js';
import { sample } from '../fixtures/sample.js';

writeFileSync(new URL('../expected/invoice.txt', import.meta.url), renderInvoice(sample));
console.log('updated expected/invoice.txt');
