/**
 * Who may do what: the one permission module. Every page, server action and
 * API route asks here; no handler re-derives a rule.
 */
import type { ArticleStatus } from "@/lib/articles/status";
import { mayPerform } from "@/lib/workflow/permissions";
import { transition } from "@/lib/workflow/transitions";
import type { Actor } from "./roles";

export const TOKEN_SCOPES = ["import", "export"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const policy = {
  /** The admin area: users, roles, tokens. */
  administer: (actor: Actor) => actor.role === "admin",
  /** Import articles through the UI. */
  importArticles: (_actor: Actor) => true,
  /** Read articles, revisions and diffs. */
  readArticles: (_actor: Actor) => true,
  /** Save a revision of an article's translation. */
  saveRevision: (_actor: Actor) => true,
  /** Read the comment threads of an article. */
  readComments: (_actor: Actor) => true,
  /** Start a comment thread or reply to one (editors, reviewers, admins alike). */
  comment: (_actor: Actor) => true,
  /** Mark a comment thread resolved. */
  resolveThread: (_actor: Actor) => true,
  /** Reopen a resolved comment thread. */
  reopenThread: (_actor: Actor) => true,
  /**
   * Review workflow moves (submit, withdraw, request changes, approve,
   * publish, unpublish): the role table and the four-eyes rule of
   * lib/workflow/permissions.ts, which use-cases apply through
   * lib/workflow/guard.ts together with the status table.
   */
  workflow: mayPerform,
  /**
   * Dismiss a QA finding or take a dismissal back: reviewers and admins at
   * any time; editors when they may save (not while the article is in review).
   */
  dismissQaFinding: (actor: Actor, status: ArticleStatus) => actor.role !== "editor" || transition(status, "save").ok,
  /** The review queue on "My work" (reviewers and admins decide on submissions). */
  reviewQueue: (actor: Actor) => actor.role === "reviewer" || actor.role === "admin",
  /** The change-request reasons report. */
  viewReasonsReport: (actor: Actor) => actor.role === "reviewer" || actor.role === "admin",
  /** The audit trail of every event (an article's own timeline is readable by all). */
  viewAudit: (actor: Actor) => actor.role === "admin",
  /** Register, disable, delete webhook endpoints; see deliveries and resend them. */
  manageWebhooks: (actor: Actor) => actor.role === "admin",
  /** Change admin settings (e.g. whether the feeds are public). */
  manageSettings: (actor: Actor) => actor.role === "admin",
};

/** May a token with these scopes use an endpoint that needs `scope`? */
export function tokenAllows(scopes: readonly string[], scope: TokenScope): boolean {
  return scopes.includes(scope);
}
