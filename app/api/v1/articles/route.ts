import { authenticateToken } from "@/lib/auth/api-tokens";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/body";
import { localeFromAcceptLanguage } from "@/lib/http/locale";
import { errorResponse } from "@/lib/http/respond";
import { importArticle } from "@/lib/use-cases/import-article";

/** POST /api/v1/articles — import one article (Bearer token with the `import` scope). */
export async function POST(request: Request) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    const actor = await authenticateToken(db, request.headers, "import");
    const input = await readJsonBody(request, MAX_IMPORT_BYTES);
    const article = await importArticle({ db, actor, input });
    return Response.json(
      { id: article.id, status: article.status, createdAt: article.createdAt.toISOString(), links: { ui: `/${locale}/articles/${article.id}` } },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error, locale, { route: "POST /api/v1/articles" });
  }
}
