import { importArticleSchema, MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { bearerToken, tokenRoute } from "@/lib/http/token-route";
import { checkInput } from "@/lib/validation/parse-input";
import { importArticle } from "@/lib/use-cases/import-article";

/** POST /api/v1/articles — import one article (Bearer token with the `import` scope). */
export const POST = tokenRoute("/api/v1/articles", bearerToken("import"), async ({ request, locale, access: actor }) => {
  const input = checkInput(importArticleSchema, await readJsonBody(request, MAX_IMPORT_BYTES));
  const article = await importArticle({ db, actor, input });
  return Response.json(
    { id: article.id, status: article.status, createdAt: article.createdAt.toISOString(), links: { ui: `/${locale}/articles/${article.id}` } },
    { status: 201 },
  );
});
