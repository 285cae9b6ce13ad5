/**
 * The one runner for server actions (forms). It resolves the UI language,
 * authenticates the session (a sign-in message without one), runs the
 * action's work, revalidates what the work names, and turns whatever the
 * work throws into form state in that language:
 *
 * - a 409 `conflict` becomes the action's own sentence when it has one
 *   ("someone else moved first, reload");
 * - issues of a visible form become field errors keyed by form field, each a
 *   sentence naming the field by its label; a form of hidden fields only
 *   (no `fields`) names the first bad field in `error` instead;
 * - any other AppError becomes its localized message;
 * - anything else is logged and answered "internal".
 *
 * Every refusal carries `values`, what the user typed (never a password), so
 * the form can show it again. Actions only shape the form into a verb's
 * typed input (`checkInput`, lib/validation/parse-input.ts), call the verb and say what happened.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { routing, type AppLocale } from "@/i18n/routing";
import type { Actor } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { AppError, type FieldIssue } from "@/lib/errors";
import { log } from "@/lib/log";
import { articleFormSchema } from "@/lib/validation/fields";
import { checkInput } from "@/lib/validation/parse-input";
import { errorTranslator } from "./locale";
import { describeIssue, errorMessage } from "./respond";

/** What a form submitted: one string per field, or all of a repeated field's values. */
export type FormValues = Record<string, string | string[]>;

/** The state every form action returns; `Extra` adds what one action shows on success (e.g. a secret). */
export type FormState<Extra extends object = object> = {
  ok?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** On a refusal: what was submitted, for the form to keep. */
  values?: FormValues;
} & Extra;

/** Fields never sent back to the browser. */
const SECRET_FIELDS = new Set(["password"]);

/** The submitted values of `form` (without secrets or Next.js's own fields). */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    if (SECRET_FIELDS.has(name) || name.startsWith("$ACTION")) continue;
    const all = form.getAll(name).filter((v): v is string => typeof v === "string");
    values[name] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/** A text field ("" when missing or a file). */
export function formText(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

/** Every text value of a repeated field (checkboxes, multi-selects). */
export function formList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}

/** A whole-number field: digits become a number; anything else is passed on for the schema to name. */
export function formInt(form: FormData, name: string): number | string {
  const v = formText(form, name);
  return /^\d{1,9}$/.test(v) ? Number(v) : v;
}

export type FormActionContext = {
  actor: Actor;
  locale: AppLocale;
  /** Revalidates `path` under the current locale ("/articles/1" → "/en/articles/1"). */
  revalidate: (path: string, type?: "layout" | "page") => void;
};

/** A successful outcome that leaves the page: the runner redirects to `redirectTo` under the locale. */
export type Redirect = { redirectTo: string };

export type FormFields = {
  /** Form field name → the label a sentence names it by. */
  labels: Record<string, string>;
  /** Issue path → form field name. Default: the path, or its first segment when that is a labelled field. */
  fieldOf?: (path: string) => string;
  /** A sentence of the action's own for some issues (e.g. "this email is taken"). */
  message?: (issue: FieldIssue) => string | undefined;
};

export type FormActionOptions = {
  /** Names the action in the log of an unexpected failure. */
  name: string;
  /** What was submitted, returned with a refusal. Default: the values of `form`. */
  values?: FormValues;
  form?: FormData;
  /** The visible fields; without them the form is hidden fields only. */
  fields?: FormFields;
  /** Shown above field errors. */
  invalidSummary?: string;
  /** The sentence for a 409 `conflict`. */
  conflict?: string;
};

function defaultFieldOf(path: string, labels: Record<string, string>): string {
  const first = path.split(".")[0] ?? path;
  return Object.hasOwn(labels, path) || !Object.hasOwn(labels, first) ? path : first;
}

function isRedirect(value: unknown): value is Redirect {
  return typeof value === "object" && value !== null && "redirectTo" in value && typeof value.redirectTo === "string";
}

/** Runs one server action's `work` for a form; see the module comment. */
export async function runFormAction<S extends FormState>(
  options: FormActionOptions,
  work: (context: FormActionContext) => Promise<string | S | Redirect>,
): Promise<S> {
  const requested = await getLocale();
  const locale: AppLocale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = errorTranslator(locale);
  const values = options.values ?? (options.form ? formValues(options.form) : undefined);
  const refuse = (state: Omit<FormState, "values">) => ({ ...state, ...(values ? { values } : {}) }) as S;

  const actor = await currentActor();
  if (!actor) return refuse({ error: t("unauthenticated") });
  const context: FormActionContext = {
    actor,
    locale,
    revalidate: (path, type) => revalidatePath(`/${locale}${path}`, type),
  };
  let outcome: string | S | Redirect;
  try {
    outcome = await work(context);
  } catch (error) {
    if (!(error instanceof AppError)) {
      log.error(`${options.name} failed`, { error });
      return refuse({ error: t("internal") });
    }
    if (error.code === "conflict" && options.conflict) return refuse({ error: options.conflict });
    if (!error.issues.length) return refuse({ error: errorMessage(t, error) });
    const fields = options.fields;
    if (!fields) {
      // Hidden fields only: the form was tampered with or is broken; name the first bad field.
      const [first] = error.issues;
      return refuse({ error: first ? `${t("bad_request")} ${describeIssue(t, first)}` : t("bad_request") });
    }
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = fields.fieldOf?.(issue.path) ?? defaultFieldOf(issue.path, fields.labels);
      fieldErrors[field] ??= fields.message?.(issue) ?? describeIssue(t, { ...issue, path: fields.labels[field] ?? field });
    }
    return refuse({ error: options.invalidSummary, fieldErrors });
  }
  // Outside the try: redirect() throws Next.js's own signal, which must not be caught.
  if (isRedirect(outcome)) redirect(`/${locale}${outcome.redirectTo}`);
  return (typeof outcome === "string" ? { ok: outcome } : outcome) as S;
}

/**
 * {@link runFormAction} for a form of hidden fields acting on the article its
 * `articleId` names (checked: a tampered form is named as such); the
 * article's pages are revalidated after the work succeeded.
 */
export async function runArticleFormAction<S extends FormState>(
  options: Omit<FormActionOptions, "form" | "fields"> & { form: FormData },
  work: (context: FormActionContext & { articleId: string }) => Promise<string | S>,
): Promise<S> {
  return runFormAction<S>(options, async (context) => {
    const { articleId } = checkInput(articleFormSchema, { articleId: options.form.get("articleId") });
    const outcome = await work({ ...context, articleId });
    context.revalidate(`/articles/${articleId}`, "layout");
    return outcome;
  });
}
