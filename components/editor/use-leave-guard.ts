"use client";

/**
 * Leaving the desk with unsaved work asks first: tab close and reload (the
 * browser's own prompt) and in-app links (a confirm with `warning`).
 */
import { useEffect } from "react";

export function useLeaveGuard(hasUnsavedWork: () => boolean, warning: string) {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedWork()) return;
      e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const anchor = (e.target as HTMLElement | null)?.closest("a[href]");
      if (!anchor || !hasUnsavedWork() || anchor.getAttribute("target") === "_blank") return;
      if (!window.confirm(warning)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [hasUnsavedWork, warning]);
}
