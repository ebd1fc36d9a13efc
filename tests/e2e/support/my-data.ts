// What a reader does on My data to move their data: export it, clear everything, import the file
// back. Shared by the tools' browser tests, which each check their own data survives the trip.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadText } from './browser';
import { hydrated } from './session';

/** Exports through My data (where the tool's line reads `Your <label>: <summary>`), clears everything, imports the file back. */
export async function roundTrip(page: Page, label: string, summary: string) {
  await page.goto('/my-data/');
  await hydrated(page, '.my-data');
  await expect.poll(() => page.locator('.md-list').textContent()).toContain(`Your ${label}: ${summary}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  const file = await downloadText(download);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all my data' }).click();
  await expect.poll(() => page.locator('.md-message').textContent()).toContain('has been deleted');
  await page
    .getByLabel('Choose an export file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect.poll(() => page.locator('.md-preview').textContent()).toContain(summary);
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect.poll(() => page.locator('.md-message').textContent()).toContain('Import complete');
  return JSON.parse(file) as { slots: Record<string, unknown> };
}
