/**
 * Unsaved work kept in the browser per article, so a closed tab or a crashed
 * browser loses nothing. Written a moment after each change, cleared by a
 * successful save, offered back when the editor opens.
 */
import type { EditorDoc } from "@/lib/editor/validate";

export type LocalDraft = { baseNumber: number; title: string; content: EditorDoc; savedAt: number };

const key = (articleId: string) => `copydesk:draft:${articleId}`;

export function readLocalDraft(articleId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(articleId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof draft.baseNumber !== "number" || typeof draft.title !== "string" || typeof draft.content !== "object" || !draft.content) {
      return null;
    }
    return draft as LocalDraft;
  } catch {
    return null;
  }
}

export function writeLocalDraft(articleId: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key(articleId), JSON.stringify(draft));
    return true;
  } catch {
    // Quota or privacy mode: the server copy is still the record.
    return false;
  }
}

export function clearLocalDraft(articleId: string) {
  try {
    window.localStorage.removeItem(key(articleId));
  } catch {
    /* nothing to clear */
  }
}
