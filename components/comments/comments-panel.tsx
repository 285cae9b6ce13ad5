"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { MAX_COMMENT_CHARS } from "@/lib/comments/limits";
import type { ThreadResult, ThreadView } from "./threads-client";
import { useCommentSelection, type CommentThreads } from "./use-comment-threads";
import "./comments.css";

type Notice = { threadId: string | null; text: string };

/** Ctrl/Cmd+Enter submits the form a textarea is in. */
function submitOnModEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

/**
 * The side panel of comment threads: start a thread on the selection or the
 * caret's sentence, read and reply, resolve and reopen, show resolved ones.
 * Selecting a thread highlights and selects its text in the editor.
 */
export function CommentsPanel({ comments, canComment }: { comments: CommentThreads; canComment: boolean }) {
  const t = useTranslations("Comments");
  const [showResolved, setShowResolved] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const toggleId = useId();
  const { active, hasRange, draftQuote } = useCommentSelection(comments.editor);

  // A thread clicked in the text scrolls into view here.
  useEffect(() => {
    if (!active) return;
    listRef.current?.querySelector(`[data-thread-id="${CSS.escape(active)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const report = (threadId: string | null, result: ThreadResult) => {
    if (result.kind === "ok") setNotice(null);
    else if (result.kind === "stale") setNotice({ threadId, text: t("stale") });
    else setNotice({ threadId, text: result.message || t("failed") });
  };

  const threads = comments.threads ?? [];
  const openCount = threads.filter((th) => th.status === "open").length;
  const shown = threads.filter((th) => showResolved || th.status === "open" || th.id === active);

  return (
    <aside className="comments-panel" aria-labelledby={`${toggleId}-heading`}>
      <div className="comments-head">
        <h2 id={`${toggleId}-heading`}>{t("heading")}</h2>
        <span className="comments-count" data-testid="open-thread-count">{t("openCount", { count: openCount })}</span>
        <label className="comments-toggle small" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> {t("showResolved")}
        </label>
      </div>

      {canComment && !comments.composing && (
        <div className="comments-start">
          <button
            type="button"
            className="button button-small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setHint(comments.startThread("selection") ? null : t("needSelection"))}
            aria-disabled={!hasRange}
            aria-keyshortcuts="Control+Alt+M"
            title={t("shortcut")}
          >
            {t("commentSelection")}
          </button>
          <button
            type="button"
            className="button button-small"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setHint(comments.startThread("sentence") ? null : t("needCaret"))}
            aria-keyshortcuts="Control+Alt+M"
            title={t("shortcut")}
          >
            {t("commentSentence")}
          </button>
          {hint && <p className="small muted" role="status">{hint}</p>}
        </div>
      )}
      {canComment && comments.composing && (
        <NewThreadForm
          quote={draftQuote}
          onCancel={comments.cancelThread}
          onSubmit={async (body) => {
            const result = await comments.createThread(body);
            report(null, result);
            return result.kind === "ok";
          }}
        />
      )}
      {notice && notice.threadId === null && <p className="alert alert-error small" role="alert">{notice.text}</p>}

      {comments.threads === null && !comments.loadFailed && <p className="muted small">{t("loading")}</p>}
      {comments.loadFailed && (
        <p className="alert alert-error small" role="alert">
          {t("loadFailed")}{" "}
          <button type="button" className="button button-small" onClick={() => void comments.reload()}>{t("retry")}</button>
        </p>
      )}
      {comments.threads !== null && shown.length === 0 && (
        <p className="muted small comments-empty">{threads.length === 0 ? t("empty") : t("emptyOpen")}</p>
      )}

      <ol className="comments-list" ref={listRef}>
        {shown.map((thread) => (
          <ThreadItem
            key={thread.id}
            thread={thread}
            active={thread.id === active}
            canComment={canComment}
            notice={notice?.threadId === thread.id ? notice.text : null}
            onSelect={() => comments.activate(thread.id, { reveal: true })}
            onReply={async (body) => {
              const result = await comments.reply(thread.id, body);
              report(thread.id, result);
              return result.kind === "ok";
            }}
            onStatus={async (status) => report(thread.id, await comments.setStatus(thread, status))}
          />
        ))}
      </ol>
    </aside>
  );
}

function NewThreadForm({ quote, onCancel, onSubmit }: { quote: string; onCancel: () => void; onSubmit: (body: string) => Promise<boolean> }) {
  const t = useTranslations("Comments");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    const ok = await onSubmit(body);
    setBusy(false);
    if (ok) setBody("");
  };
  return (
    <form className="comments-new" onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <blockquote className="comments-quote">{quote || t("emptyQuote")}</blockquote>
      <label htmlFor={id} className="visually-hidden">{t("newThreadLabel")}</label>
      <textarea
        id={id}
        rows={3}
        value={body}
        maxLength={MAX_COMMENT_CHARS}
        placeholder={t("newThreadPlaceholder")}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={submitOnModEnter}
      />
      <div className="comments-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy || !body.trim()}>{t("post")}</button>
        <button type="button" className="button button-small" onClick={onCancel}>{t("cancel")}</button>
      </div>
    </form>
  );
}

function ThreadItem(props: {
  thread: ThreadView;
  active: boolean;
  canComment: boolean;
  notice: string | null;
  onSelect: () => void;
  onReply: (body: string) => Promise<boolean>;
  onStatus: (status: "open" | "resolved") => Promise<void>;
}) {
  const { thread, active, canComment, notice } = props;
  const t = useTranslations("Comments");
  const format = useFormatter();
  const [reply, setReply] = useState("");
  const [busy, setBusy] = useState(false);
  const replyId = useId();
  const resolved = thread.status === "resolved";
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const changed = thread.anchor.fit === "sentence" || thread.anchor.fit === "block";

  const sendReply = async (e: FormEvent) => {
    e.preventDefault();
    if (!reply.trim() || busy) return;
    setBusy(true);
    if (await props.onReply(reply)) setReply("");
    setBusy(false);
  };
  const changeStatus = async () => {
    setBusy(true);
    await props.onStatus(resolved ? "open" : "resolved");
    setBusy(false);
  };

  return (
    <li className={`comments-thread${active ? " is-active" : ""}${resolved ? " is-resolved" : ""}`} data-thread-id={thread.id}>
      <button type="button" className="comments-quote-button" aria-pressed={active} onClick={props.onSelect} title={t("showInText", { quote: thread.anchor.quote })}>
        <span className="visually-hidden">{t("on")}: </span>
        <q>{thread.anchor.quote || t("emptyQuote")}</q>
      </button>
      {changed && <p className="small muted">{t("textChanged", { quote: thread.storedQuote })}</p>}
      <ol className="comments-comments">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <div className="comments-meta small">
              <strong>{c.author.name}</strong> <time dateTime={c.createdAt} className="muted">{when(c.createdAt)}</time>
            </div>
            <p className="comments-body">{c.body}</p>
          </li>
        ))}
      </ol>
      {resolved && thread.resolvedBy && (
        <p className="small muted">
          {t("resolvedBy", { name: thread.resolvedBy.name })}
          {thread.resolvedAt ? ` · ${when(thread.resolvedAt)}` : ""}
        </p>
      )}
      {notice && <p className="alert alert-warn small" role="alert">{notice}</p>}
      {canComment && (
        <form className="comments-reply" onSubmit={sendReply}>
          <label htmlFor={replyId} className="visually-hidden">{t("replyLabel")}</label>
          <textarea
            id={replyId}
            rows={1}
            value={reply}
            maxLength={MAX_COMMENT_CHARS}
            placeholder={t("replyPlaceholder")}
            onChange={(e) => setReply(e.target.value)}
            onKeyDown={submitOnModEnter}
          />
          <div className="comments-actions">
            <button type="submit" className="button button-small" disabled={busy || !reply.trim()}>{t("reply")}</button>
            <button type="button" className="button button-small" disabled={busy} onClick={() => void changeStatus()}>
              {resolved ? t("reopen") : t("resolve")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
