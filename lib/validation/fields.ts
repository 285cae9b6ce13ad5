/** Field schemas several verbs share, with the message codes of messages/*.json "Errors.fields". */
import { z } from "zod";

/** A positive whole number the client saw (a revision or version number); "required" when missing. */
export const positiveIntField = () => z.int({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") }).min(1, { error: "invalid" });

/** An article id carried by a hidden form field. */
export const articleIdField = () => z.string().min(1).max(100);

/** The hidden fields naming the article a form acts on. */
export const articleFormSchema = z.object({ articleId: articleIdField() });
