// Worksheet logic: managing several named worksheets, and turning one into plain text.
// No DOM; the island in src/components/islands/Worksheet.tsx is a thin layer over this.
import { newSheet, type Worksheet, type WorksheetState } from './storage/slots/worksheet';
import { dropVersionsUnder } from './storage/versions';

export interface WorksheetPrompt {
  id: string;
  label: string;
  hint: string;
  kind: 'text' | 'scale';
  lines: number;
  scale?: { min: number; max: number; minLabel: string; maxLabel: string };
}
export interface WorksheetPart {
  id: string;
  title: string;
  intro: string;
  prompts: WorksheetPrompt[];
}
export interface WorksheetDef {
  title: string;
  intro: string;
  parts: WorksheetPart[];
}

export const activeSheet = (state: WorksheetState): Worksheet =>
  state.sheets.find((s) => s.id === state.activeId) ?? state.sheets[0]!;

export function setAnswer(state: WorksheetState, promptId: string, value: string, now: Date = new Date()): WorksheetState {
  const active = activeSheet(state);
  const answers = { ...active.answers };
  if (value === '') delete answers[promptId];
  else answers[promptId] = value;
  return {
    ...state,
    sheets: state.sheets.map((s) => (s.id === active.id ? { ...s, answers, updatedAt: now.toISOString() } : s)),
  };
}

export function addSheet(state: WorksheetState, name: string, now: Date = new Date()): WorksheetState {
  let sheet = newSheet(name.trim() || 'Untitled worksheet', now);
  while (state.sheets.some((s) => s.id === sheet.id)) sheet = { ...sheet, id: `${sheet.id}x` };
  return { ...state, activeId: sheet.id, sheets: [...state.sheets, sheet] };
}

export function renameSheet(state: WorksheetState, id: string, name: string): WorksheetState {
  const clean = name.trim();
  if (!clean) return state;
  return { ...state, sheets: state.sheets.map((s) => (s.id === id ? { ...s, name: clean } : s)) };
}

/** Deletes a worksheet; the last one is never removed, only emptied. */
export function deleteSheet(state: WorksheetState, id: string, now: Date = new Date()): WorksheetState {
  const rest = state.sheets.filter((s) => s.id !== id);
  if (rest.length === 0) {
    const only = state.sheets[0]!;
    const emptied = { ...state, activeId: only.id, sheets: [{ ...only, answers: {}, updatedAt: now.toISOString() }] };
    return dropVersionsUnder(emptied, `sheets/${only.id}`);
  }
  return { ...state, activeId: state.activeId === id ? rest[0]!.id : state.activeId, sheets: rest };
}

export const clearAnswers = (state: WorksheetState, now: Date = new Date()): WorksheetState => {
  const active = activeSheet(state);
  const cleared = {
    ...state,
    sheets: state.sheets.map((s) => (s.id === active.id ? { ...s, answers: {}, updatedAt: now.toISOString() } : s)),
  };
  return dropVersionsUnder(cleared, `sheets/${active.id}`);
};

export const answeredCount = (def: WorksheetDef, sheet: Worksheet) =>
  def.parts.flatMap((p) => p.prompts).filter((p) => (sheet.answers[p.id] ?? '').trim() !== '').length;

export const promptCount = (def: WorksheetDef) => def.parts.reduce((n, p) => n + p.prompts.length, 0);

function answerText(prompt: WorksheetPrompt, value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (prompt.kind === 'scale' && prompt.scale)
    return `${v} of ${prompt.scale.max} (${prompt.scale.min} = ${prompt.scale.minLabel}, ${prompt.scale.max} = ${prompt.scale.maxLabel})`;
  return v;
}

export function toPlainText(def: WorksheetDef, sheet: Worksheet): string {
  const out = [`${def.title}: ${sheet.name}`, ''];
  for (const part of def.parts) {
    out.push(part.title.toUpperCase(), '');
    for (const p of part.prompts) out.push(p.label, answerText(p, sheet.answers[p.id]) ?? '(not answered yet)', '');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** The prompt labels behind merge-conflict paths ("sheets/ws-1/answers/week"). */
export function conflictLabels(def: WorksheetDef, paths: readonly string[]): string[] {
  const prompts = def.parts.flatMap((p) => p.prompts);
  const labels = paths.map((path) => {
    const id = path.match(/\/answers\/([^/]+)$/)?.[1];
    return prompts.find((p) => p.id === id)?.label ?? (path.endsWith('/name') ? 'the worksheet’s name' : 'an answer');
  });
  return [...new Set(labels)];
}
