"use client";

/**
 * Every keyboard shortcut the desk has, declared once as data, so that a
 * shortcut sheet can list them (label: a key of the "Editor" messages) and
 * the desk binds its own from the same list.
 *
 * `scope` says who handles the keys: "page" shortcuts are bound here on the
 * window (useShortcuts); "message" ones by the revision-message field (via
 * matchesShortcut); "editor" ones are TipTap's own keymaps (StarterKit, as
 * configured in lib/editor/extensions.ts), listed for the sheet only.
 * `keys` uses "Mod" for Ctrl (Windows, Linux) or ⌘ (macOS).
 */
import { useEffect, useRef } from "react";
import type { Messages } from "next-intl";

type EditorLabel = keyof Messages["Editor"];

export type DeskShortcut = {
  id: string;
  keys: readonly string[];
  scope: "page" | "message" | "editor";
  label: EditorLabel;
};

export const DESK_SHORTCUTS = [
  { id: "save", keys: ["Mod", "S"], scope: "page", label: "save" },
  { id: "save-from-message", keys: ["Enter"], scope: "message", label: "save" },
  { id: "bold", keys: ["Mod", "B"], scope: "editor", label: "bold" },
  { id: "italic", keys: ["Mod", "I"], scope: "editor", label: "italic" },
  { id: "heading", keys: ["Mod", "Alt", "2"], scope: "editor", label: "heading" },
  { id: "subheading", keys: ["Mod", "Alt", "3"], scope: "editor", label: "subheading" },
  { id: "bullet-list", keys: ["Mod", "Shift", "8"], scope: "editor", label: "bulletList" },
  { id: "ordered-list", keys: ["Mod", "Shift", "7"], scope: "editor", label: "orderedList" },
  { id: "blockquote", keys: ["Mod", "Shift", "B"], scope: "editor", label: "blockquote" },
  { id: "undo", keys: ["Mod", "Z"], scope: "editor", label: "undo" },
  { id: "redo", keys: ["Mod", "Shift", "Z"], scope: "editor", label: "redo" },
] as const satisfies readonly DeskShortcut[];

export type ShortcutId = (typeof DESK_SHORTCUTS)[number]["id"];
type ScopedId<S extends DeskShortcut["scope"]> = Extract<(typeof DESK_SHORTCUTS)[number], { scope: S }>["id"];

const MODIFIERS = new Set(["Mod", "Alt", "Shift"]);

/** True when `event` is exactly the shortcut's key combination. */
export function matchesShortcut(id: ShortcutId, event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): boolean {
  const shortcut = DESK_SHORTCUTS.find((s) => s.id === id);
  if (!shortcut) return false;
  const keys: readonly string[] = shortcut.keys;
  const key = keys.find((k) => !MODIFIERS.has(k));
  if (!key || event.key.toLowerCase() !== key.toLowerCase()) return false;
  return (
    keys.includes("Mod") === (event.ctrlKey || event.metaKey) &&
    keys.includes("Alt") === event.altKey &&
    // Shift is required where the shortcut names it, and otherwise ignored.
    (!keys.includes("Shift") || event.shiftKey)
  );
}

/**
 * Binds the page-scope shortcuts to `handlers` while the desk is mounted.
 * Handlers are read at key time, so passing new functions each render is fine.
 */
export function useShortcuts(handlers: Partial<Record<ScopedId<"page">, () => void>>) {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      for (const s of DESK_SHORTCUTS) {
        if (s.scope !== "page") continue;
        const run = current.current[s.id];
        if (run && matchesShortcut(s.id, e)) {
          e.preventDefault();
          run();
          return;
        }
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
