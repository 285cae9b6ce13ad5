/**
 * The single entry point of a workflow move: the policy's and the status
 * table's checks in the order use-cases need them, as AppErrors:
 * 403 `forbidden` when the role never may act (lib/auth/policy.ts); 409
 * `invalid_transition` naming the current status when the status (and
 * whether a version is live) does not allow the action (./transitions.ts);
 * then 403 `forbidden` for the policy's rules that depend on who did what
 * (own revision, not the submitter), which only make sense once the status is
 * right.
 */
import type { ArticleStatus } from "@/lib/articles/status";
import { mayPerform, roleMay, type PermissionContext } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { transition, type ArticleState, type WorkflowAction } from "./transitions";

function refuse(action: WorkflowAction, reason: string): AppError {
  return new AppError("forbidden", `May not ${action}: ${reason}`, { details: { reason } });
}

/**
 * The status after `action`, or throws the AppError that refuses it.
 *
 * @param state what besides the status the move depends on (a live version
 *   for unpublish); absent = nothing is live.
 */
export function checkWorkflowMove(
  actor: Actor,
  status: ArticleStatus,
  action: WorkflowAction,
  context: PermissionContext,
  state?: ArticleState,
): ArticleStatus {
  if (!roleMay(actor.role, `article.${action}`)) throw refuse(action, "role");
  const move = transition(status, action, state);
  if (!move.ok) throw new AppError("invalid_transition", `Cannot ${action} while ${status}`, { params: { status }, details: { status } });
  const allowed = mayPerform(actor, action, context);
  if (!allowed.ok) throw refuse(action, allowed.reason);
  return move.next;
}

/**
 * Would {@link checkWorkflowMove} let `actor` make this move? For showing
 * buttons: the same checks, answered as a boolean. Judging without any
 * author ids (no submission) is answered false rather than thrown.
 */
export function mayMove(actor: Actor, status: ArticleStatus, action: WorkflowAction, context: PermissionContext, state?: ArticleState): boolean {
  const judging = action === "approve" || action === "request_changes";
  if (judging && context.revisionAuthorIds.length === 0) return false;
  return roleMay(actor.role, `article.${action}`) && transition(status, action, state).ok && mayPerform(actor, action, context).ok;
}
