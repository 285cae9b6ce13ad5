import { notFound } from "next/navigation";
import { BareEditor } from "@/components/bench/bare-editor";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { EditorDoc } from "@/lib/editor/validate";

/**
 * A bare TipTap StarterKit editor on an article's MT, the baseline of
 * `npm run bench:editor`. Exists only when COPYDESK_BENCH=1.
 */
export default async function BareEditorPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ article?: string }> }) {
  const { locale } = await params;
  const { article: id } = await searchParams; // request-time: never prerendered
  if (process.env.COPYDESK_BENCH !== "1") notFound();
  await requireActor(locale, `/${locale}/bench/bare-editor`);
  const article = id ? await db.article.findUnique({ where: { id }, select: { mtDoc: true } }) : null;
  if (!article) notFound();
  return <BareEditor content={JSON.parse(article.mtDoc) as EditorDoc} />;
}
