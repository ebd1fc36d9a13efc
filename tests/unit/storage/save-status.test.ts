import { describe, expect, it } from 'vitest';
import { saveStatus, saveStatusShort, versionsLine } from '../../../src/lib/storage/save-status';

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

describe('saveStatus while a field has two versions (issue 21)', () => {
  it('never says all changes are saved, and says how many fields wait for the reader', () => {
    const one = saveStatus('saved', { keep: 'answers', versions: 1 });
    expect(one).not.toContain('All changes saved');
    expect(one).toBe('Saved in this browser. 1 field has two versions: under it, use or discard “Your other version”.');
    expect(saveStatus('saved', { keep: 'answers', versions: 2, savedAt: new Date(2026, 2, 12, 9, 5) })).toBe(
      'Saved in this browser at 09:05. 2 fields have two versions: under each, use or discard “Your other version”.',
    );
    // After a reload (nothing saved yet on this visit) and while saving, too.
    expect(saveStatus('idle', { keep: 'answers', idle: 'Your answers save as you type.', versions: 1 })).toBe(
      'Your answers save as you type. 1 field has two versions: under it, use or discard “Your other version”.',
    );
    expect(saveStatus('pending', { keep: 'log', versions: 1 })).toContain('1 field has two versions');
    expect(saveStatus('memory', { keep: 'log', versions: 1 })).toMatch(/^Not saved: .* 1 field has two versions/);
  });

  it('tells a conflict that kept both texts as such', () => {
    expect(saveStatus('saved', { keep: 'answers', conflicts: ['Your goals'], versions: 1 })).toBe(
      'Saved in this browser. Another tab changed “Your goals” while you were editing it here; both versions are kept. 1 field has two versions: under it, use or discard “Your other version”.',
    );
  });

  it('has no words when nothing waits', () => {
    expect(versionsLine(0)).toBe('');
    expect(versionsLine()).toBe('');
    expect(saveStatus('saved', { keep: 'log', versions: 0 })).toBe('All changes saved in this browser.');
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
    expect(saveStatusShort('saved', { versions: 1 })).toBeNull();
    expect(saveStatusShort('idle', { versions: 0 })).toBe('Autosaves');
  });
});
