/**
 * The workflow's two checks in the order use-cases need them, as AppErrors:
 * 403 `forbidden` when the actor may not act (role, own revision, not the
 * submitter), then 409 `invalid_transition` naming the current status.
 */
import type { Actor } from "@/lib/auth/roles";
import type { ArticleStatus } from "@/lib/articles/status";
import { AppError } from "@/lib/errors";
import { mayPerform, type PermissionContext } from "./permissions";
import { transition, type WorkflowAction } from "./transitions";

/** The status after `action`, or throws the AppError that refuses it. */
export function checkWorkflowMove(actor: Actor, status: ArticleStatus, action: WorkflowAction, context: PermissionContext): ArticleStatus {
  const allowed = mayPerform(actor, action, context);
  if (!allowed.ok) throw new AppError("forbidden", `May not ${action}: ${allowed.reason}`, { details: { reason: allowed.reason } });
  const move = transition(status, action);
  if (!move.ok) throw new AppError("invalid_transition", `Cannot ${action} while ${status}`, { params: { status }, details: { status } });
  return move.next;
}
