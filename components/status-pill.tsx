import { useTranslations } from "next-intl";
import { articleStatusSchema } from "@/lib/articles/status";

export function StatusPill({ status }: { status: string }) {
  const t = useTranslations("Status");
  const parsed = articleStatusSchema.catch("draft").parse(status);
  return <span className={`pill pill-${parsed}`}>{t(parsed)}</span>;
}
