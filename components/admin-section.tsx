import type { ReactNode } from "react";
import styles from "./admin-section.module.css";

type AdminSectionProps = {
  /** Id of the section's heading (the section is labelled by it). */
  id: string;
  title: ReactNode;
  /** A muted line under the heading. */
  intro?: ReactNode;
  /** Shown instead of the content when set (the list is empty). */
  empty?: ReactNode;
  /** A form below the content, under its own heading. */
  footer?: { title: ReactNode; form: ReactNode };
  children?: ReactNode;
};

/** A card of an admin page: heading, a list (or what to say when it is empty) and a form to add to it. */
export function AdminSection({ id, title, intro, empty, footer, children }: AdminSectionProps) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-body">
        <h2 id={id}>{title}</h2>
        {intro && <p className={`small muted ${styles.intro}`}>{intro}</p>}
      </div>
      {empty ? <p className="empty">{empty}</p> : children}
      {footer && (
        <div className={`card-body ${styles.footer}`}>
          <h3>{footer.title}</h3>
          {footer.form}
        </div>
      )}
    </section>
  );
}
