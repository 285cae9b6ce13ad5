import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authorize, can, decide, rolesFor, roleMay, type PolicyAction } from "./policy";
import { ROLES, type Actor, type Role } from "./roles";

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, name: id, email: `${id}@example.test`, role });

// Written out by hand from the product rules, not derived from the table:
// may the role take the action at all (facts aside)? E = editor, R = reviewer, A = admin.
const MATRIX: Record<PolicyAction, Record<Role, boolean>> = {
  "article.import": { editor: true, reviewer: true, admin: true },
  "article.read": { editor: true, reviewer: true, admin: true },
  "article.save": { editor: true, reviewer: true, admin: true },
  "article.submit": { editor: true, reviewer: true, admin: true },
  "article.withdraw": { editor: true, reviewer: true, admin: true },
  "article.request_changes": { editor: false, reviewer: true, admin: true },
  "article.approve": { editor: false, reviewer: true, admin: true },
  "article.publish": { editor: false, reviewer: true, admin: true },
  "article.unpublish": { editor: false, reviewer: true, admin: true },
  "article.receive_submission": { editor: false, reviewer: true, admin: true },
  "comment.read": { editor: true, reviewer: true, admin: true },
  "comment.write": { editor: true, reviewer: true, admin: true },
  "comment.resolve": { editor: true, reviewer: true, admin: true },
  "comment.reopen": { editor: true, reviewer: true, admin: true },
  "qa.dismiss": { editor: true, reviewer: true, admin: true },
  "export.read_with_session": { editor: true, reviewer: true, admin: true },
  "work.review_queue": { editor: false, reviewer: true, admin: true },
  "work.reasons_report": { editor: false, reviewer: true, admin: true },
  "admin.users": { editor: false, reviewer: false, admin: true },
  "admin.audit": { editor: false, reviewer: false, admin: true },
  "admin.webhooks": { editor: false, reviewer: false, admin: true },
  "admin.settings": { editor: false, reviewer: false, admin: true },
};
const ACTIONS = Object.keys(MATRIX) as PolicyAction[];

// Facts under which only the role can refuse: someone else wrote and submitted the work
// (withdraw: the actor submitted it), and the named reviewer is an active, uninvolved reviewer.
function decideNeutral(a: Actor, action: PolicyAction) {
  switch (action) {
    case "article.withdraw":
      return decide(a, action, { submitterId: a.id });
    case "article.approve":
    case "article.request_changes":
      return decide(a, action, { revisionAuthorIds: ["someone"] });
    case "article.receive_submission":
      return decide(a, action, { disabled: false, submissionAuthorIds: ["someone"] });
    case "qa.dismiss":
      return decide(a, action, { status: "draft" });
    default:
      return decide(a, action);
  }
}

describe("policy: every role × action", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = MATRIX[action][role];
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(decideNeutral(actor(role), action)).toEqual(allowed ? { ok: true } : { ok: false, reason: "role" });
        expect(roleMay(role, action)).toBe(allowed);
      });
    }
  }

  it("the hand-written matrix covers every action of the table", () => {
    expect(rolesFor("article.approve")).toEqual(["reviewer", "admin"]);
    expect(rolesFor("article.receive_submission")).toEqual(rolesFor("article.approve"));
    expect(rolesFor("admin.audit")).toEqual(["admin"]);
    expect(rolesFor("export.read_with_session")).toEqual(["editor", "reviewer", "admin"]);
  });
});

describe("policy: the 403 matrix (authorize)", () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      if (MATRIX[action][role]) continue;
      it(`${role} is refused ${action} with 403 forbidden, reason role`, () => {
        const a = actor(role);
        let error: unknown;
        try {
          // Role-only actions take no facts; the fact-dependent ones are refused by role before reading them.
          (authorize as unknown as (a: Actor, action: PolicyAction, facts?: unknown) => void)(a, action, { revisionAuthorIds: ["x"] });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("forbidden");
        expect((error as AppError).details.reason).toBe("role");
      });
    }
  }

  it("authorize returns quietly when allowed", () => {
    expect(() => authorize(actor("admin"), "admin.settings")).not.toThrow();
    expect(() => authorize(actor("editor"), "article.withdraw", { submitterId: "editor-1" })).not.toThrow();
  });
});

describe("policy: the facts", () => {
  const reviewer = actor("reviewer");
  const admin = actor("admin");
  const editor = actor("editor");

  it("nobody judges text they wrote since the last approval, admins included", () => {
    for (const a of [reviewer, admin]) {
      for (const action of ["article.approve", "article.request_changes"] as const) {
        expect(decide(a, action, { revisionAuthorIds: ["editor-2", a.id] })).toEqual({ ok: false, reason: "own_revision" });
        expect(can(a, action, { revisionAuthorIds: ["editor-2"] })).toBe(true);
      }
    }
  });

  it("a judgement without authors is a caller bug", () => {
    expect(() => decide(reviewer, "article.approve", { revisionAuthorIds: [] })).toThrow(/revisionAuthorIds/);
  });

  it("withdraw: the submitter or an admin; nobody else, and nobody but an admin without a known submitter", () => {
    expect(can(editor, "article.withdraw", { submitterId: editor.id })).toBe(true);
    expect(decide(reviewer, "article.withdraw", { submitterId: "someone" })).toEqual({ ok: false, reason: "not_submitter" });
    expect(can(admin, "article.withdraw", { submitterId: "someone" })).toBe(true);
    expect(decide(editor, "article.withdraw", { submitterId: null })).toEqual({ ok: false, reason: "not_submitter" });
    expect(can(admin, "article.withdraw", {})).toBe(true);
  });

  it("a submission goes only to an active reviewer or admin who wrote none of it (reviewer eligibility)", () => {
    const facts = (disabled: boolean, submissionAuthorIds: string[] = ["editor-1"]) => ({ disabled, submissionAuthorIds });
    expect(decide(reviewer, "article.receive_submission", facts(false))).toEqual({ ok: true });
    expect(decide(admin, "article.receive_submission", facts(false))).toEqual({ ok: true });
    expect(decide(editor, "article.receive_submission", facts(false))).toEqual({ ok: false, reason: "role" });
    expect(decide(reviewer, "article.receive_submission", facts(true))).toEqual({ ok: false, reason: "inactive" });
    expect(decide(reviewer, "article.receive_submission", facts(false, ["editor-1", reviewer.id]))).toEqual({ ok: false, reason: "own_revision" });
    // No unapproved text yet: nothing of the reviewer's to judge.
    expect(decide(reviewer, "article.receive_submission", facts(false, []))).toEqual({ ok: true });
    // A stored user is asked about by id and role alone.
    expect(can({ id: "r9", role: "reviewer" }, "article.receive_submission", facts(false))).toBe(true);
  });
});

describe("policy: dismissing QA findings", () => {
  it("lets editors dismiss only while they may save, reviewers and admins at any time", () => {
    expect(decide(actor("editor"), "qa.dismiss", { status: "draft" })).toEqual({ ok: true });
    expect(decide(actor("editor"), "qa.dismiss", { status: "changes_requested" })).toEqual({ ok: true });
    expect(decide(actor("editor"), "qa.dismiss", { status: "in_review" })).toEqual({ ok: false, reason: "status" });
    expect(decide(actor("reviewer"), "qa.dismiss", { status: "in_review" })).toEqual({ ok: true });
    expect(decide(actor("admin"), "qa.dismiss", { status: "in_review" })).toEqual({ ok: true });
  });
});
