import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { checkWorkflowMove, mayMove } from "./guard";

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

describe("checkWorkflowMove: unpublish after the working copy moved on", () => {
  it("retracts a live version without moving the status, for reviewers and admins", () => {
    for (const status of ["draft", "in_review", "changes_requested", "approved"] as const) {
      expect(checkWorkflowMove(actor("reviewer"), status, "unpublish", { revisionAuthorIds: [] }, { live: true })).toBe(status);
      expect(checkWorkflowMove(actor("admin"), status, "unpublish", { revisionAuthorIds: [] }, { live: true })).toBe(status);
    }
    expect(checkWorkflowMove(actor("reviewer"), "published", "unpublish", { revisionAuthorIds: [] }, { live: true })).toBe("approved");
  });

  it("refuses editors by role and, with nothing live, answers invalid_transition", () => {
    expect(codeOf(() => checkWorkflowMove(actor("editor"), "draft", "unpublish", { revisionAuthorIds: [] }, { live: true }))).toBe("forbidden:role");
    expect(codeOf(() => checkWorkflowMove(actor("reviewer"), "draft", "unpublish", { revisionAuthorIds: [] }, { live: false }))).toBe("invalid_transition");
    expect(codeOf(() => checkWorkflowMove(actor("reviewer"), "approved", "unpublish", { revisionAuthorIds: [] }))).toBe("invalid_transition");
  });
});

describe("mayMove", () => {
  it("answers what checkWorkflowMove would, without throwing", () => {
    expect(mayMove(actor("reviewer"), "in_review", "approve", { revisionAuthorIds: ["u2"] })).toBe(true);
    expect(mayMove(actor("reviewer"), "in_review", "approve", { revisionAuthorIds: ["u1"] })).toBe(false);
    expect(mayMove(actor("reviewer"), "in_review", "approve", { revisionAuthorIds: [] })).toBe(false);
    expect(mayMove(actor("editor"), "in_review", "approve", { revisionAuthorIds: ["u2"] })).toBe(false);
    expect(mayMove(actor("reviewer"), "draft", "unpublish", { revisionAuthorIds: [] }, { live: true })).toBe(true);
    expect(mayMove(actor("reviewer"), "draft", "unpublish", { revisionAuthorIds: [] })).toBe(false);
  });
});
