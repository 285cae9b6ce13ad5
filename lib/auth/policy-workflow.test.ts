import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { mayPerform, type PermissionContext } from "@/lib/auth/policy";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/workflow/transitions";

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, name: id, email: `${id}@example.test`, role });
const editor = actor("editor");
const reviewer = actor("reviewer");
const admin = actor("admin");

// Someone else wrote and submitted the work, so only the role can refuse.
const neutral: PermissionContext = { submitterId: "someone", revisionAuthorIds: ["someone"] };
// …except withdraw, which needs the actor to be the submitter.
const asSubmitter = (a: Actor): PermissionContext => ({ submitterId: a.id, revisionAuthorIds: ["someone"] });

// Written out by hand: true = the role may, false = refused with reason "role".
const ROLE_MATRIX: Record<Role, Record<WorkflowAction, boolean>> = {
  editor: { save: true, submit: true, withdraw: true, request_changes: false, approve: false, publish: false, unpublish: false },
  reviewer: { save: true, submit: true, withdraw: true, request_changes: true, approve: true, publish: true, unpublish: true },
  admin: { save: true, submit: true, withdraw: true, request_changes: true, approve: true, publish: true, unpublish: true },
};

describe("mayPerform: role × action", () => {
  for (const a of [editor, reviewer, admin]) {
    for (const action of WORKFLOW_ACTIONS) {
      const allowed = ROLE_MATRIX[a.role][action];
      it(`${a.role} ${allowed ? "may" : "may not"} ${action}`, () => {
        const context = action === "withdraw" ? asSubmitter(a) : neutral;
        expect(mayPerform(a, action, context)).toEqual(allowed ? { ok: true } : { ok: false, reason: "role" });
      });
    }
  }

  it("checks the role before anything else", () => {
    expect(mayPerform(editor, "approve", { submitterId: editor.id, revisionAuthorIds: [editor.id] })).toEqual({ ok: false, reason: "role" });
  });
});

describe("mayPerform: nobody judges their own revisions", () => {
  for (const a of [reviewer, admin]) {
    for (const action of ["approve", "request_changes"] as const) {
      it(`${a.role} who authored the submitted revision may not ${action}`, () => {
        expect(mayPerform(a, action, { submitterId: a.id, revisionAuthorIds: [a.id] })).toEqual({ ok: false, reason: "own_revision" });
      });

      it(`${a.role} who authored an earlier revision since the last approval may not ${action}`, () => {
        // a edited, then an editor saved on top and submitted.
        const context = { submitterId: "editor-2", revisionAuthorIds: [a.id, "editor-2"] };
        expect(mayPerform(a, action, context)).toEqual({ ok: false, reason: "own_revision" });
      });

      it(`${a.role} may ${action} others' work even when they submitted it`, () => {
        expect(mayPerform(a, action, { submitterId: a.id, revisionAuthorIds: ["editor-2", "editor-3"] })).toEqual({ ok: true });
      });
    }
  }

  it("refuses to answer approve/request_changes without authors (caller bug, fail closed)", () => {
    expect(() => mayPerform(reviewer, "approve", { submitterId: "editor-2", revisionAuthorIds: [] })).toThrow(/revisionAuthorIds/);
    expect(() => mayPerform(reviewer, "request_changes", { revisionAuthorIds: [] })).toThrow(/revisionAuthorIds/);
  });

  it("authorship does not restrict the other actions", () => {
    for (const action of ["save", "publish", "unpublish"] as const) {
      expect(mayPerform(reviewer, action, { revisionAuthorIds: [reviewer.id] })).toEqual({ ok: true });
    }
    expect(mayPerform(editor, "submit", { revisionAuthorIds: [editor.id] })).toEqual({ ok: true });
  });
});

describe("mayPerform: only the submitter or an admin withdraws", () => {
  it("the submitter may withdraw, whatever their role", () => {
    for (const a of [editor, reviewer, admin]) {
      expect(mayPerform(a, "withdraw", { submitterId: a.id, revisionAuthorIds: [] })).toEqual({ ok: true });
    }
  });

  it("another editor or reviewer may not", () => {
    for (const a of [editor, reviewer]) {
      expect(mayPerform(a, "withdraw", { submitterId: "someone", revisionAuthorIds: [a.id] })).toEqual({ ok: false, reason: "not_submitter" });
    }
  });

  it("an admin may withdraw anyone's submission", () => {
    expect(mayPerform(admin, "withdraw", { submitterId: "someone", revisionAuthorIds: [] })).toEqual({ ok: true });
  });

  it("with no known submitter only an admin may withdraw", () => {
    for (const submitterId of [null, undefined]) {
      expect(mayPerform(editor, "withdraw", { submitterId, revisionAuthorIds: [] })).toEqual({ ok: false, reason: "not_submitter" });
      expect(mayPerform(reviewer, "withdraw", { submitterId, revisionAuthorIds: [] })).toEqual({ ok: false, reason: "not_submitter" });
      expect(mayPerform(admin, "withdraw", { submitterId, revisionAuthorIds: [] })).toEqual({ ok: true });
    }
  });
});
