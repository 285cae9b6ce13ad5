import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getArticleTimeline } from "@/lib/audit/queries";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import styles from "./desk-views.module.css";
import { EventDescription, eventKind } from "./event-description";

/**
 * An article's history of events, newest first, in plain language: imports,
 * saves, restores, submissions, decisions, publishing and comments. Server
 * component; readable by anyone who may read the article (admins also get a
 * link to the full trail filtered to it).
 */
export async function ArticleTimeline({ articleId }: { articleId: string }) {
  const [t, format, actor, { entries, names, more }] = await Promise.all([
    getTranslations("Timeline"),
    getFormatter(),
    currentActor(),
    getArticleTimeline(db, articleId),
  ]);
  const now = new Date();
  return (
    <section className="card" aria-labelledby="timeline-heading" data-testid="article-timeline">
      <div className={styles.sectionHead}>
        <h2 id="timeline-heading">{t("title")}</h2>
        {actor && can(actor, "admin.audit") && (
          <Link className="small" href={{ pathname: "/admin/audit", query: { article: articleId } }} style={{ marginLeft: "auto" }}>
            {t("fullTrail")}
          </Link>
        )}
      </div>
      {entries.length === 0 ? (
        <p className={styles.sectionEmpty}>{t("empty")}</p>
      ) : (
        <ol className={styles.timeline}>
          {entries.map((e) => (
            <li key={e.id} className={styles.event} data-kind={eventKind(e.action)} data-action={e.action}>
              <EventDescription event={e} names={names} />
              <div className={styles.eventMeta}>
                <time dateTime={e.createdAt.toISOString()} title={format.dateTime(e.createdAt, { dateStyle: "full", timeStyle: "long" })}>
                  {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <span>{format.relativeTime(e.createdAt, now)}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
      {more && <p className="muted small" style={{ padding: "0 20px 14px", margin: 0 }}>{t("more")}</p>}
    </section>
  );
}
