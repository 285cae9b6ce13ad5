"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

/**
 * Steps through the changed blocks of the diff on the page: buttons, and the
 * keys J / K (or Alt+↓ / Alt+↑) outside text fields.
 */
export function ChangeNavigator({ selector = ".diff-block:not([data-kind='equal'])" }: { selector?: string }) {
  const t = useTranslations("Review");
  const [index, setIndex] = useState(-1);
  const [count, setCount] = useState(0);

  useEffect(() => {
    setCount(document.querySelectorAll(selector).length);
  }, [selector]);

  const go = useCallback(
    (step: 1 | -1) => {
      const blocks = Array.from(document.querySelectorAll<HTMLElement>(selector));
      if (blocks.length === 0) return;
      setIndex((current) => {
        const next = current === -1 ? (step === 1 ? 0 : blocks.length - 1) : (current + step + blocks.length) % blocks.length;
        const target = blocks[next];
        if (target) {
          blocks.forEach((b) => b.classList.remove("diff-current"));
          target.classList.add("diff-current");
          target.setAttribute("tabindex", "-1");
          target.scrollIntoView({ block: "center", behavior: "smooth" });
          target.focus({ preventScroll: true });
        }
        return next;
      });
    },
    [selector],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const el = event.target as HTMLElement | null;
      if (el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName))) return;
      if (event.ctrlKey || event.metaKey) return;
      if ((event.key === "j" && !event.altKey) || (event.altKey && event.key === "ArrowDown")) {
        event.preventDefault();
        go(1);
      } else if ((event.key === "k" && !event.altKey) || (event.altKey && event.key === "ArrowUp")) {
        event.preventDefault();
        go(-1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go]);

  return (
    <div className="row change-nav" role="group" aria-label={t("changes")}>
      <button type="button" className="button button-small" onClick={() => go(-1)} disabled={count === 0} aria-keyshortcuts="K Alt+ArrowUp">
        ↑ {t("previousChange")} <kbd className="kbd">K</kbd>
      </button>
      <button type="button" className="button button-small" onClick={() => go(1)} disabled={count === 0} aria-keyshortcuts="J Alt+ArrowDown">
        ↓ {t("nextChange")} <kbd className="kbd">J</kbd>
      </button>
      <span className="muted small" aria-live="polite" data-testid="change-position">
        {count === 0 ? t("noChanges") : index === -1 ? t("changeCount", { count }) : t("changePosition", { current: index + 1, count })}
      </span>
    </div>
  );
}
