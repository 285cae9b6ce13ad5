import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { checkWorkflowMove } from "./guard";

const actor = (role: Actor["role"], id = "u1"): Actor => ({ id, name: id, email: `${id}@x`, role });

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? `${error.code}${error.details.reason ? `:${String(error.details.reason)}` : ""}` : "other";
  }
}

describe("checkWorkflowMove", () => {
  it("returns the next status when role, status and context allow", () => {
    expect(checkWorkflowMove(actor("reviewer"), "in_review", "approve", { revisionAuthorIds: ["u2"] })).toBe("approved");
  });

  it("refuses by role before looking at the status", () => {
    expect(codeOf(() => checkWorkflowMove(actor("editor"), "draft", "approve", { revisionAuthorIds: [] }))).toBe("forbidden:role");
  });

  it("answers invalid_transition naming the status before the authorship rules", () => {
    // No submission exists in draft, so there are no authors to check yet.
    const error = (() => {
      try {
        checkWorkflowMove(actor("reviewer"), "draft", "approve", { revisionAuthorIds: [] });
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.code).toBe("invalid_transition");
    expect(error?.params.status).toBe("draft");
  });

  it("refuses judging one's own revision, and withdrawing someone else's submission", () => {
    expect(codeOf(() => checkWorkflowMove(actor("admin"), "in_review", "request_changes", { revisionAuthorIds: ["u1"] }))).toBe("forbidden:own_revision");
    expect(codeOf(() => checkWorkflowMove(actor("reviewer"), "in_review", "withdraw", { submitterId: "u2", revisionAuthorIds: [] }))).toBe("forbidden:not_submitter");
  });
});
