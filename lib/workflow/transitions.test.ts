import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/lib/articles/status";
import { WORKFLOW_ACTIONS, allowedActions, transition, type WorkflowAction } from "./transitions";

// Written out by hand from the product rules: "-" means invalid_transition.
// Do not derive this from TRANSITIONS; it is the spec the table is checked against.
const _ = "-" as const;
const EXPECTED: Record<ArticleStatus, Record<WorkflowAction, ArticleStatus | typeof _>> = {
  draft:             { save: "draft", submit: "in_review", withdraw: _, request_changes: _, approve: _, publish: _, unpublish: _ },
  in_review:         { save: _, submit: _, withdraw: "draft", request_changes: "changes_requested", approve: "approved", publish: _, unpublish: _ },
  changes_requested: { save: "draft", submit: _, withdraw: _, request_changes: _, approve: _, publish: _, unpublish: _ },
  approved:          { save: "draft", submit: _, withdraw: _, request_changes: _, approve: _, publish: "published", unpublish: _ },
  published:         { save: "draft", submit: _, withdraw: _, request_changes: _, approve: _, publish: _, unpublish: "approved" },
};

describe("transition: every status × every action", () => {
  it("the expected matrix covers every status and action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ARTICLE_STATUSES].sort());
    for (const row of Object.values(EXPECTED)) expect(Object.keys(row).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });

  for (const status of ARTICLE_STATUSES) {
    for (const action of WORKFLOW_ACTIONS) {
      const expected = EXPECTED[status][action];
      it(`${status} + ${action} → ${expected === _ ? "invalid_transition" : expected}`, () => {
        expect(transition(status, action)).toEqual(
          expected === _ ? { ok: false, reason: "invalid_transition" } : { ok: true, next: expected },
        );
      });
    }
  }
});

describe("allowedActions", () => {
  it("lists the valid actions of each status", () => {
    expect(allowedActions("draft")).toEqual(["save", "submit"]);
    expect(allowedActions("in_review")).toEqual(["withdraw", "request_changes", "approve"]);
    expect(allowedActions("changes_requested")).toEqual(["save"]);
    expect(allowedActions("approved")).toEqual(["save", "publish"]);
    expect(allowedActions("published")).toEqual(["save", "unpublish"]);
  });
});

describe("the review round trip", () => {
  it("draft → review → changes → draft → review → approved → published → approved", () => {
    const steps: [WorkflowAction, ArticleStatus][] = [
      ["submit", "in_review"],
      ["request_changes", "changes_requested"],
      ["save", "draft"],
      ["submit", "in_review"],
      ["approve", "approved"],
      ["publish", "published"],
      ["unpublish", "approved"],
    ];
    let status: ArticleStatus = "draft";
    for (const [action, next] of steps) {
      const result = transition(status, action);
      expect(result).toEqual({ ok: true, next });
      if (result.ok) status = result.next;
    }
  });
});

describe("transition with a live version", () => {
  // Written out by hand: unpublish retracts while a version is live, whatever the working copy's status.
  const LIVE_UNPUBLISH: Record<ArticleStatus, ArticleStatus> = {
    draft: "draft",
    in_review: "in_review",
    changes_requested: "changes_requested",
    approved: "approved",
    published: "approved",
  };

  for (const status of ARTICLE_STATUSES) {
    it(`${status} + unpublish while live → ${LIVE_UNPUBLISH[status]}; the other moves are as without it`, () => {
      expect(transition(status, "unpublish", { live: true })).toEqual({ ok: true, next: LIVE_UNPUBLISH[status] });
      for (const action of WORKFLOW_ACTIONS) {
        if (action !== "unpublish") expect(transition(status, action, { live: true })).toEqual(transition(status, action));
      }
    });
  }

  it("nothing live: unpublish only from published", () => {
    expect(transition("draft", "unpublish", { live: false })).toEqual({ ok: false, reason: "invalid_transition" });
    expect(allowedActions("approved", { live: true })).toEqual(["save", "publish", "unpublish"]);
  });
});
