/**
 * Page titles (`generateMetadata`): a page's own title message, or an
 * article page's "<Page>: <article title>".
 */
import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/lib/db/client";
import { articleTitle } from "@/lib/read/articles";

type NamespaceWith<Key extends string> = { [N in keyof Messages]: Messages[N] extends Record<Key, string> ? N : never }[keyof Messages];

/** `generateMetadata` of a page titled by `namespace.title`. */
export function titledBy(namespace: NamespaceWith<"title">): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations(namespace);
    return { title: t("title") };
  };
}

/** Metadata of an article's sub-page: `namespace.pageTitle` with the article's title; none for an unknown article. */
export async function articlePageMetadata(db: Db, id: string, namespace: NamespaceWith<"pageTitle">): Promise<Metadata> {
  const [t, title] = await Promise.all([getTranslations(namespace), articleTitle(db, id)]);
  return { title: title === null ? undefined : t("pageTitle", { title }) };
}
