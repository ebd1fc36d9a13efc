// Copies text to the clipboard; false when the browser refuses (no permission, an insecure page),
// so the page can offer another way.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
