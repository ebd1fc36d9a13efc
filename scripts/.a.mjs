import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1000, height: 900 } });
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto('http://localhost:4321/assessment/');
await p.waitForTimeout(500);
const sets = await p.locator('fieldset.as-statement').all();
let i=0;
for (const fs of sets) { await fs.locator('input[type=radio]').nth(i++ % 5).check(); }
await p.getByRole('button', { name: 'See my results' }).click();
await p.waitForTimeout(300);
await p.screenshot({ path: '/tmp/assess.png', fullPage: true });
await p.goto('http://localhost:4321/search/?q=blindsided'); await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/search.png' });
await b.close();
