import { notFound } from "next/navigation";
import { BareEditor } from "@/components/bench/bare-editor";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadBareEditorPage } from "@/lib/loaders/bench";

/**
 * A bare TipTap StarterKit editor on an article's MT, the baseline of
 * `npm run bench:editor`. Exists only when COPYDESK_BENCH=1.
 */
export default async function BareEditorPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ article?: string }> }) {
  const { locale } = await pageParams(params);
  const { article: articleId } = await searchParams; // request-time: never prerendered
  if (process.env.COPYDESK_BENCH !== "1") notFound();
  await requireActor(locale, `/${locale}/bench/bare-editor`);
  const data = await loadBareEditorPage(db, { articleId });
  if (!data) notFound();
  return <BareEditor content={data.content} />;
}
