/**
 * The workflow's checks in the order use-cases need them, as AppErrors:
 * 403 `forbidden` when the role never may act; 409 `invalid_transition`
 * naming the current status when the status does not allow the action; then
 * 403 `forbidden` for the rules that depend on who did what (own revision,
 * not the submitter), which only make sense once the status is right.
 */
import type { Actor } from "@/lib/auth/roles";
import type { ArticleStatus } from "@/lib/articles/status";
import { AppError } from "@/lib/errors";
import { ROLE_ACTIONS, mayPerform, type PermissionContext } from "./permissions";
import { transition, type WorkflowAction } from "./transitions";

function refuse(action: WorkflowAction, reason: string): AppError {
  return new AppError("forbidden", `May not ${action}: ${reason}`, { details: { reason } });
}

/** The status after `action`, or throws the AppError that refuses it. */
export function checkWorkflowMove(actor: Actor, status: ArticleStatus, action: WorkflowAction, context: PermissionContext): ArticleStatus {
  const roleActions: readonly WorkflowAction[] = ROLE_ACTIONS[actor.role];
  if (!roleActions.includes(action)) throw refuse(action, "role");
  const move = transition(status, action);
  if (!move.ok) throw new AppError("invalid_transition", `Cannot ${action} while ${status}`, { params: { status }, details: { status } });
  const allowed = mayPerform(actor, action, context);
  if (!allowed.ok) throw refuse(action, allowed.reason);
  return move.next;
}
