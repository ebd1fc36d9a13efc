// Reads a form's text field by name, trimmed ('' when it is missing or holds a file).
export function formText(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === 'string' ? v.trim() : '';
}
