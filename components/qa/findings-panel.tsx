"use client";

import { useFormatter, useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { QA_DISMISSAL_REASONS, type QaDismissalReason } from "@/lib/qa/dismissals";
import type { Severity } from "@/lib/qa/types";
import styles from "./qa.module.css";
import { useQaSnapshot, type QaFindings, type QaItem } from "./use-qa-findings";

/** Beyond this many the list stops (a long unedited article); the counts stay exact. */
const MAX_LISTED = 300;
/** Longer flagged text (a whole long sentence) is cut, in full in its title. */
const MAX_FLAGGED = 48;

/** `text` cut to `max` characters with an ellipsis; spaces kept (a flagged space is the point). */
function excerpt(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const DOT: Record<Severity, string> = { error: styles["dot-error"]!, warning: styles["dot-warning"]!, info: styles["dot-info"]! };
const CARET: Record<Severity, string> = { error: styles["caret-error"]!, warning: styles["caret-warning"]!, info: styles["caret-info"]! };

/**
 * The desk's findings panel: counts per severity, next/previous (F8,
 * Shift+F8), the list (message, flagged text, its sentence), one-click fixes
 * and dismissals with a reason. The finding under the caret is announced in
 * a live region, so it reaches a screen reader as the caret enters it.
 */
export function FindingsPanel({ qa }: { qa: QaFindings }) {
  const t = useTranslations("QaDesk");
  const snapshot = useQaSnapshot(qa);
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; text: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const id = useId();

  const items = snapshot.items ?? [];
  const shown = items.filter((item) => showDismissed || !item.dismissal);
  const caretItem = items.find((item) => item.id === snapshot.caret) ?? null;

  useEffect(() => {
    if (!snapshot.caret) return;
    listRef.current?.querySelector(`[data-finding-id="${CSS.escape(snapshot.caret)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [snapshot.caret]);

  const severityLabel = (s: Severity) => t(`severity.${s}`);

  // Handlers by finding id, the same on every render, so an item whose text did not change skips its render.
  const onSelect = useCallback((itemId: string) => qa.select(itemId), [qa]);
  const onFix = useCallback((itemId: string) => qa.fix(itemId), [qa]);
  const onDismissStart = useCallback((itemId: string) => {
    setFailure(null);
    setDismissing(itemId);
  }, []);
  const onDismissCancel = useCallback(() => setDismissing(null), []);
  const onDismiss = useCallback(
    async (itemId: string, reason: QaDismissalReason, note: string) => {
      const result = await qa.dismiss(itemId, reason, note);
      if (result.kind === "ok") {
        setDismissing(null);
        setFailure(null);
      } else setFailure({ id: itemId, text: result.message || t("dismissFailed") });
    },
    [qa, t],
  );
  const onRestore = useCallback(
    async (itemId: string, dismissalId: string) => {
      const result = await qa.restore(dismissalId);
      setFailure(result.ok ? null : { id: itemId, text: result.message || t("restoreFailed") });
    },
    [qa, t],
  );

  return (
    <aside className={styles.panel} aria-labelledby={`${id}-heading`} data-testid="qa-panel">
      <div className={styles.head}>
        <h2 id={`${id}-heading`}>{t("heading")}</h2>
        <div className={styles.nav}>
          <button type="button" className="button button-small" onMouseDown={(e) => e.preventDefault()} onClick={qa.previous} aria-keyshortcuts="Shift+F8" title={t("previousTitle")}>
            ‹ <span className="visually-hidden">{t("previousTitle")}</span>
          </button>
          <button type="button" className="button button-small" onMouseDown={(e) => e.preventDefault()} onClick={qa.next} aria-keyshortcuts="F8" title={t("nextTitle")}>
            › <span className="visually-hidden">{t("nextTitle")}</span>
          </button>
        </div>
      </div>
      <ul className={styles.counts} aria-label={t("countsLabel")} data-testid="qa-counts">
        {(["error", "warning", "info"] as const).map((s) => (
          <li key={s} data-testid={`qa-count-${s}`}>
            <span className={`${styles.dot} ${DOT[s]}`} aria-hidden="true" />
            {t(`count.${s}`, { count: snapshot.counts[s] })}
          </li>
        ))}
        <li data-testid="qa-count-dismissed">{t("count.dismissed", { count: snapshot.counts.dismissed })}</li>
      </ul>
      <label className={styles.toggle} htmlFor={`${id}-dismissed`}>
        <input id={`${id}-dismissed`} type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} /> {t("showDismissed")}
      </label>

      <p className={`${styles.caret} ${caretItem ? CARET[caretItem.severity] : ""}`} role="status" aria-live="polite" data-testid="qa-caret">
        {caretItem ? t("atCaret", { severity: severityLabel(caretItem.severity), message: caretItem.message }) : ""}
      </p>
      {snapshot.dismissals === "failed" && <p className={styles.note}>{t("dismissalsUnavailable")}</p>}

      {snapshot.items === null ? (
        <p className={styles.empty}>{t("checking")}</p>
      ) : shown.length === 0 ? (
        <p className={styles.empty} data-testid="qa-empty">{items.length === 0 ? t("empty") : t("emptyOpen", { count: snapshot.counts.dismissed })}</p>
      ) : (
        <ol className={styles.list} ref={listRef} aria-label={t("listLabel")}>
          {shown.slice(0, MAX_LISTED).map((item) => (
            <FindingItem
              key={item.id}
              item={item}
              current={item.id === snapshot.caret}
              severity={severityLabel(item.severity)}
              dismissing={dismissing === item.id}
              failure={failure?.id === item.id ? failure.text : null}
              onSelect={onSelect}
              onFix={onFix}
              onDismissStart={onDismissStart}
              onDismissCancel={onDismissCancel}
              onDismiss={onDismiss}
              onRestore={onRestore}
            />
          ))}
        </ol>
      )}
      {shown.length > MAX_LISTED && <p className={styles.note}>{t("more", { count: shown.length - MAX_LISTED })}</p>}
    </aside>
  );
}

/** "Fix: remove the space", "Fix: add a space", "Fix: “and”". */
function fixText(t: ReturnType<typeof useTranslations<"QaDesk">>, fix: NonNullable<QaItem["fix"]>): string {
  const blank = (s: string) => s.length > 0 && !s.trim();
  if (!fix.replacement && blank(fix.removed)) return t("fixRemoveSpace");
  if (!fix.replacement) return t("fixRemove", { text: fix.removed });
  if (blank(fix.replacement) && !fix.removed) return t("fixInsertSpace");
  return t("fixReplace", { text: fix.replacement });
}

type FindingItemProps = {
  item: QaItem;
  current: boolean;
  severity: string;
  dismissing: boolean;
  failure: string | null;
  onSelect: (id: string) => void;
  onFix: (id: string) => void;
  onDismissStart: (id: string) => void;
  onDismissCancel: () => void;
  onDismiss: (id: string, reason: QaDismissalReason, note: string) => Promise<void>;
  onRestore: (id: string, dismissalId: string) => Promise<void>;
};

/** What an item shows: positions (item.from/to) move with every edit before it but are not shown. */
function sameShown(a: FindingItemProps, b: FindingItemProps): boolean {
  const x = a.item;
  const y = b.item;
  return (
    x.id === y.id && x.severity === y.severity && x.check === y.check && x.message === y.message && x.spanText === y.spanText && x.sentence === y.sentence &&
    x.dismissal === y.dismissal && x.fix?.replacement === y.fix?.replacement && x.fix?.removed === y.fix?.removed && Boolean(x.fix) === Boolean(y.fix) &&
    a.current === b.current && a.severity === b.severity && a.dismissing === b.dismissing && a.failure === b.failure &&
    a.onSelect === b.onSelect && a.onFix === b.onFix && a.onDismissStart === b.onDismissStart && a.onDismissCancel === b.onDismissCancel && a.onDismiss === b.onDismiss && a.onRestore === b.onRestore
  );
}

/** One finding; re-renders only when what it shows changed (a re-check re-renders the items it changed). */
const FindingItem = memo(function FindingItem(props: FindingItemProps) {
  const { item, current, severity, dismissing, failure } = props;
  const t = useTranslations("QaDesk");
  const format = useFormatter();
  const d = item.dismissal;
  const fixLabel = item.fix ? fixText(t, item.fix) : null;

  return (
    <li
      className={`${styles.item}${current ? ` ${styles.isCurrent}` : ""}${d ? ` ${styles.isDismissed}` : ""}`}
      data-finding-id={item.id}
      data-severity={item.severity}
      data-check={item.check}
      data-testid="qa-finding"
    >
      <button type="button" className={styles.select} onClick={() => props.onSelect(item.id)} aria-current={current ? "true" : undefined} title={t("showInText")}>
        <span className={styles.message}>
          <span className={`${styles.dot} ${DOT[item.severity]}`} aria-hidden="true" />
          <span className={styles.messageText} title={item.message}>
            <span className="visually-hidden">{severity}: </span>
            {item.message}
          </span>
        </span>
        <span>
          <span className="visually-hidden">{t("flagged")}: </span>
          <span className={styles.flagged} data-testid="qa-flagged" title={item.spanText.length > MAX_FLAGGED ? item.spanText : undefined}>
            {excerpt(item.spanText, MAX_FLAGGED)}
          </span>
        </span>
        {item.sentence.trim() !== item.spanText.trim() && (
          <span className={styles.sentence}>
            <span className="visually-hidden">{t("inSentence")}: </span>
            {item.sentence}
          </span>
        )}
      </button>
      {d ? (
        <>
          <p className={styles.dismissedBy} data-testid="qa-dismissed-by">
            {t("dismissedBy", { name: d.userName, reason: t(`reason.${d.reason}`), when: format.dateTime(new Date(d.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
            {d.note ? ` · “${d.note}”` : ""}
          </p>
          <div className={styles.actions}>
            <button type="button" className="button button-small" onClick={() => void props.onRestore(item.id, d.id)}>{t("restore")}</button>
          </div>
        </>
      ) : (
        !dismissing && (
          <div className={styles.actions}>
            {fixLabel && (
              <button type="button" className="button button-small" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onFix(item.id)}>
                {fixLabel}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => props.onDismissStart(item.id)}>{t("dismiss")}</button>
          </div>
        )
      )}
      {dismissing && !d && <DismissForm onCancel={props.onDismissCancel} onSubmit={(reason, note) => props.onDismiss(item.id, reason, note)} />}
      {failure && <p className={styles.error} role="alert">{failure}</p>}
    </li>
  );
}, sameShown);

function DismissForm({ onCancel, onSubmit }: { onCancel: () => void; onSubmit: (reason: QaDismissalReason, note: string) => Promise<void> }) {
  const t = useTranslations("QaDesk");
  const [reason, setReason] = useState<QaDismissalReason>("false_positive");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [missingNote, setMissingNote] = useState(false);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (reason === "other" && !note.trim()) {
      setMissingNote(true);
      return;
    }
    setBusy(true);
    await onSubmit(reason, note);
    setBusy(false);
  };
  return (
    <form className={styles.dismissForm} onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <fieldset>
        <legend>{t("dismissLegend")}</legend>
        {QA_DISMISSAL_REASONS.map((r, i) => (
          <label key={r}>
            <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} autoFocus={i === 0} /> {t(`reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="visually-hidden">{t("noteLabel")}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={500}
        value={note}
        placeholder={reason === "other" ? t("notePlaceholderRequired") : t("notePlaceholder")}
        aria-invalid={missingNote && !note.trim() ? "true" : undefined}
        aria-describedby={missingNote ? `${id}-note-error` : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      {missingNote && !note.trim() && <p id={`${id}-note-error`} className={styles.error}>{t("noteRequired")}</p>}
      <div className={styles.actions}>
        <button type="submit" className="button button-small button-primary" disabled={busy}>{t("submitDismiss")}</button>
        <button type="button" className="button button-small" onClick={onCancel}>{t("cancel")}</button>
      </div>
    </form>
  );
}
