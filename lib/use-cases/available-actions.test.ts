import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { actionsFor, type ActionFacts } from "./available-actions";

const reviewer: Actor = { id: "r", name: "R", email: "r@x", role: "reviewer" };
const editor: Actor = { id: "e", name: "E", email: "e@x", role: "editor" };
const facts = (over: Partial<ActionFacts>): ActionFacts => ({
  status: "draft",
  headRevisionNumber: 1,
  submittedById: null,
  publishedRevisionNumber: null,
  submissionAuthorIds: [],
  ...over,
});

describe("actionsFor", () => {
  it("offers approve and request changes to a reviewer who wrote none of the submission", () => {
    const a = actionsFor(reviewer, facts({ status: "in_review", submittedById: "e", submissionAuthorIds: ["e"] }));
    expect(a).toMatchObject({ approve: true, request_changes: true, withdraw: false, save: false });
  });

  it("hides them from a reviewer who wrote part of it, and from editors", () => {
    expect(actionsFor(reviewer, facts({ status: "in_review", submittedById: "e", submissionAuthorIds: ["e", "r"] }))).toMatchObject({ approve: false, request_changes: false });
    expect(actionsFor(editor, facts({ status: "in_review", submittedById: "e", submissionAuthorIds: ["x"] }))).toMatchObject({ approve: false, withdraw: true });
  });

  it("offers submit only once a revision exists, and unpublish while a version is live even in draft", () => {
    expect(actionsFor(editor, facts({ headRevisionNumber: 0 })).submit).toBe(false);
    expect(actionsFor(editor, facts({})).submit).toBe(true);
    expect(actionsFor(reviewer, facts({ publishedRevisionNumber: 2 })).unpublish).toBe(true);
    expect(actionsFor(reviewer, facts({})).unpublish).toBe(false);
  });
});
