// Loaded only when a page already run by the offline worker sees a newer build's worker. The new
// worker waits; this shows a quiet note with a Reload button, and nothing changes until the reader
// presses it, so no one is reloaded mid-sentence; pressing it saves every pending edit first.
// Written by hand (no build step) because it is fetched on its own, rarely, and must stay tiny.
const sw = navigator.serviceWorker;
const registration = await sw.getRegistration();
let reloading = false;
/** @type {HTMLDivElement | undefined} */
let note;

/** @param {ServiceWorker | null} worker the waiting worker, or null when another tab already took the new one */
function show(worker) {
  if (note) return;
  note = document.createElement('div');
  note.className = 'update-note';
  note.setAttribute('role', 'status');
  document.body.append(note);
  document.documentElement.classList.add('has-update-note');
  // Filled after the empty live region is in place, so screen readers announce it.
  requestAnimationFrame(() => {
    const text = document.createElement('span');
    text.textContent = 'A new version is ready.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      // Every island saves what it holds first (a half-typed field or draft still in its typing
      // pause), the same save leaving the page makes: src/client/persisted.ts, FLUSH_EVENT.
      dispatchEvent(new Event('managing-up:flush'));
      // With a waiting worker, reload once it has taken over; otherwise (it already has) now.
      if (worker && worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
    note?.append(text, ' ', button);
  });
}

/** @param {ServiceWorker | null} worker */
function watch(worker) {
  if (!worker) return;
  if (worker.state === 'installed') show(worker);
  else worker.addEventListener('statechange', () => worker.state === 'installed' && show(worker));
}

if (registration) {
  if (registration.waiting) show(registration.waiting);
  else watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

sw.addEventListener('controllerchange', () => {
  // This tab asked for the new version: load it. Another tab did: offer it here, never force it.
  if (reloading) location.reload();
  else show(null);
});

// A module (it is loaded with import() and awaits at the top level).
export {};
