import { describe, expect, it } from 'vitest';
import { saveStatus, saveStatusShort } from '../../../src/lib/storage/save-status';

describe('saveStatus', () => {
  it('names what to download or copy when the browser keeps nothing, or on a read-only visit', () => {
    expect(saveStatus('memory', { keep: 'log' })).toBe(
      "Not saved: this browser isn't keeping data. Download or copy your log before you leave.",
    );
    expect(saveStatus('memory', { keep: 'plan' })).toContain('copy your plan before');
    expect(saveStatus('read-only', { keep: 'answers' })).toMatch(/^Not saved on this visit.*your answers/);
  });

  it('says saving, saved (with the time when known), or the idle line before the first change', () => {
    expect(saveStatus('pending', { keep: 'log' })).toBe('Saving…');
    expect(saveStatus('saved', { keep: 'log' })).toBe('All changes saved in this browser.');
    expect(saveStatus('saved', { keep: 'log', savedAt: new Date(2026, 2, 12, 9, 5) })).toBe(
      'All changes saved in this browser at 09:05.',
    );
    expect(saveStatus('idle', { keep: 'log' })).toBe('');
    expect(saveStatus('idle', { keep: 'answers', idle: 'Your answers save as you type.' })).toBe(
      'Your answers save as you type.',
    );
  });

  it('tells a conflict after how saving stands: one by name, several by number, or as the page calls it', () => {
    expect(saveStatus('saved', { keep: 'answers', conflicts: ['Your goals'] })).toBe(
      "All changes saved in this browser. Another tab changed “Your goals” while you were editing it here; this tab's text is kept.",
    );
    expect(saveStatus('pending', { keep: 'answers', conflicts: ['a', 'b'] })).toContain('Another tab changed 2 answers');
    expect(saveStatus('idle', { keep: 'log', conflicts: ['wins/x/what'], unnamed: 'an entry' })).toBe(
      "Another tab changed an entry while you were editing it here; this tab's text is kept.",
    );
    expect(saveStatus('read-only', { keep: 'log', conflicts: ['x'] })).toMatch(/^Not saved on this visit.*Another tab changed/);
  });
});

describe('saveStatusShort', () => {
  it('says how saving stands in a word or two while all is well', () => {
    expect(saveStatusShort('idle')).toBe('Autosaves');
    expect(saveStatusShort('pending')).toBe('Saving…');
    expect(saveStatusShort('saved')).toBe('Saved');
  });

  it('gives way to the full line when nothing is kept, another tab changed something, or there is a message', () => {
    expect(saveStatusShort('memory')).toBeNull();
    expect(saveStatusShort('read-only')).toBeNull();
    expect(saveStatusShort('saved', { conflicts: ['Their goals'] })).toBeNull();
    expect(saveStatusShort('saved', { message: 'Copied your answers.' })).toBeNull();
    expect(saveStatusShort('saved', { message: '  ', conflicts: [] })).toBe('Saved');
  });
});
