import { chromium } from 'playwright-core';
const [,, url, out, width='1280', scheme='light'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(url); await p.waitForTimeout(800);
await p.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await b.close();
